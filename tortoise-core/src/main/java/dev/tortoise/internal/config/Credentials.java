package dev.tortoise.internal.config;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.spi.CredentialKey;
import dev.tortoise.spi.MessageText;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checks and types the credentials of one connection, so that backends receive the same values
 * whether the connection came from a URL, a map, a JSON/YAML file or the builder.
 */
public final class Credentials {

    private Credentials() {
    }

    /**
     * An unmodifiable copy in the given order. For a known engine, the keys {@link Engines} types
     * are converted ({@code "5432"} becomes {@code 5432}) and the required keys must be present;
     * other keys are kept as given, for the backend to read.
     *
     * @throws ConfigurationException naming the key that is missing, not a string, or of the wrong type
     */
    public static Map<String, Object> normalize(String canonicalEngine, Map<?, ?> credentials) {
        Engines.Engine known = Engines.known(canonicalEngine);
        Map<String, Object> typed = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : credentials.entrySet()) {
            if (!(entry.getKey() instanceof String key) || key.isEmpty()) {
                throw new ConfigurationException("Credential names must be non-empty strings, got "
                        + describe(entry.getKey()) + " for engine " + canonicalEngine);
            }
            CredentialKey<?> cast = known == null ? null : known.casts().get(key);
            Object value = cast == null ? entry.getValue() : cast.coerce(entry.getValue());
            try {
                typed.put(key, Immutables.deepCopy(value));
            } catch (ConfigurationException e) {
                throw new ConfigurationException("Credential " + MessageText.quote(key) + " of engine " + canonicalEngine
                        + ": " + e.getMessage());
            }
        }
        if (known != null) {
            known.required().forEach((key, meaning) -> {
                if (typed.get(key) == null) {
                    throw new ConfigurationException("Engine " + canonicalEngine + " requires credential \"" + key
                            + "\" (" + meaning + ")");
                }
            });
        }
        return Immutables.copyOf(typed);
    }

    private static String describe(Object key) {
        return key == null ? "null" : key instanceof String ? "an empty string" : MessageText.describe(key);
    }

    /**
     * A URL query value typed for that engine: a key the engine types is cast, any other key stays
     * text (on SQLite it is a PRAGMA).
     *
     * @throws ConfigurationException naming the key when the text does not fit its type
     */
    public static Object castFor(Engines.Engine engine, String key, String text) {
        CredentialKey<?> cast = engine.casts().get(key);
        return cast == null ? text : cast.coerce(text);
    }
}
