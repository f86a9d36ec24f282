package dev.tortoise.internal.config;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.spi.CredentialKey;
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
     * An unmodifiable copy in the given order. For the built-in engines, every declared key that
     * applies to the engine is converted to its type ({@code "5432"} becomes {@code 5432}) and the
     * required keys must be present; unknown keys are kept as given.
     *
     * @throws ConfigurationException naming the key that is missing, not a string, or of the wrong type
     */
    public static Map<String, Object> normalize(String canonicalEngine, Map<?, ?> credentials) {
        boolean builtIn = Engines.isBuiltIn(canonicalEngine);
        Map<String, Object> typed = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : credentials.entrySet()) {
            if (!(entry.getKey() instanceof String key) || key.isEmpty()) {
                throw new ConfigurationException("Credential names must be non-empty strings, got "
                        + describe(entry.getKey()) + " for engine " + canonicalEngine);
            }
            Object value = entry.getValue();
            if (builtIn) {
                CredentialKey declared = CredentialKey.byName(key).orElse(null);
                if (declared != null && declared.appliesTo(canonicalEngine)) {
                    value = declared.coerce(value);
                }
            }
            typed.put(key, value);
        }
        if (builtIn) {
            for (CredentialKey key : CredentialKey.forEngine(canonicalEngine)) {
                if (key.isRequired() && typed.get(key.wireName()) == null) {
                    throw new ConfigurationException("Engine " + canonicalEngine + " requires credential \""
                            + key.wireName() + "\" (" + key.meaning() + ")");
                }
            }
        }
        return Immutables.copyOf(typed);
    }

    private static String describe(Object key) {
        return key == null ? "null" : key instanceof String ? "an empty string" : key.getClass().getName();
    }

    /**
     * A URL query value typed for that engine: a declared key that applies to the engine is cast,
     * any other key stays text (on SQLite it is a PRAGMA).
     *
     * @throws ConfigurationException naming the key when the text does not fit its type
     */
    public static Object castFor(String engine, String wireName, String text) {
        CredentialKey key = CredentialKey.byName(wireName).orElse(null);
        return key != null && key.appliesTo(engine) ? key.cast(text) : text;
    }

    /** The defaults URL expansion starts from for that engine, in declaration order; a mutable map. */
    public static Map<String, Object> urlDefaults(String engine) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        for (CredentialKey key : CredentialKey.forEngine(engine)) {
            if (key.isUrlDefault()) {
                defaults.put(key.wireName(), key.defaultFor(engine));
            }
        }
        return defaults;
    }
}
