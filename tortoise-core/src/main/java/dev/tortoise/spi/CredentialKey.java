package dev.tortoise.spi;

import dev.tortoise.exceptions.ConfigurationException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One credential a backend understands: its name (as written in a configuration or a URL query
 * string), its Java type, its default, whether it is required or secret, and what it means. A
 * backend declares its keys as constants beside its driver, as pgjdbc's {@code PGProperty} does,
 * and lists them in {@link BackendProvider#credentialKeys()}; that list documents, types and
 * defaults its credentials, and names the known keys when a configuration holds an unknown one.
 *
 * <pre>{@code
 * static final CredentialKey<Integer> PORT = CredentialKey.integer("port", "server TCP port").withDefault(5432);
 * int port = PORT.read(alias, credentials);
 * }</pre>
 *
 * <p>Values are read through {@link #read}, which converts what a configuration holds
 * ({@code "5432"}, {@code 5432L}, {@code 5.0}) into the key's type and falls back to the default. Instances are immutable; every {@code with…} returns a copy.
 * Failures are {@link ConfigurationException}s that name the key; a secret key's value is never
 * quoted.
 *
 * @param <T> the Java type of the values: String, Integer, Double, Boolean or Map
 */
public final class CredentialKey<T> {

    /** Names whose values are secret whether a backend declared them or not. */
    private static final Pattern SECRET_NAME =
            Pattern.compile(".*(pass|pwd|secret|token|credential|(^|[^a-z])key$|sslkey|apikey|privatekey).*");

    private final String name;
    private final Class<T> type;
    private final String meaning;
    private final T defaultValue;
    private final boolean required;
    private final boolean secret;

    private CredentialKey(String name, Class<T> type, String meaning, T defaultValue, boolean required,
                          boolean secret) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A credential key needs a name");
        }
        this.name = name;
        this.type = Objects.requireNonNull(type, "type");
        this.meaning = Objects.requireNonNull(meaning, "meaning");
        this.defaultValue = defaultValue;
        this.required = required;
        this.secret = secret;
    }

    /** A text key. */
    public static CredentialKey<String> text(String name, String meaning) {
        return new CredentialKey<>(name, String.class, meaning, null, false, false);
    }

    /** An integer key (ports, sizes, milliseconds). */
    public static CredentialKey<Integer> integer(String name, String meaning) {
        return new CredentialKey<>(name, Integer.class, meaning, null, false, false);
    }

    /** A number key (seconds as a {@code Double}). */
    public static CredentialKey<Double> number(String name, String meaning) {
        return new CredentialKey<>(name, Double.class, meaning, null, false, false);
    }

    /** A boolean key; text values are {@code true/1/yes/on} or {@code false/0/no/off}, ignoring case. */
    public static CredentialKey<Boolean> flag(String name, String meaning) {
        return new CredentialKey<>(name, Boolean.class, meaning, null, false, false);
    }

    /** A map key (settings applied to each connection); cannot come from a URL. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static CredentialKey<Map<String, Object>> map(String name, String meaning) {
        return new CredentialKey<>(name, (Class) Map.class, meaning, null, false, false);
    }

    /** This key with a default, used when the credentials do not set it. */
    public CredentialKey<T> withDefault(T value) {
        return new CredentialKey<>(name, type, meaning, value, required, secret);
    }

    /** This key, required: {@link #read} fails when neither it nor a default is there. */
    public CredentialKey<T> required() {
        return new CredentialKey<>(name, type, meaning, defaultValue, true, secret);
    }

    /** This key, secret: its value never appears in a message, a log or a {@code toString()}. */
    public CredentialKey<T> secret() {
        return new CredentialKey<>(name, type, meaning, defaultValue, required, true);
    }

    /** The name written in configurations and URL query strings, for example {@code journal_mode}. */
    public String name() {
        return name;
    }

    /** The Java type of its values. */
    public Class<T> type() {
        return type;
    }

    /** One line saying what the key does. */
    public String meaning() {
        return meaning;
    }

    /** The value used when the key is absent, or null. */
    public T defaultValue() {
        return defaultValue;
    }

    /** Whether a connection must set it. */
    public boolean isRequired() {
        return required;
    }

    /** Whether its value is secret (never shown): declared {@link #secret()}, or named like a secret. */
    public boolean isSecret() {
        return secret || isSecretName(name);
    }

    /**
     * Whether a credential of this name holds a secret, declared or not: the name, ignoring case,
     * contains {@code pass} (password, passwd, passphrase, pass), {@code pwd}, {@code secret},
     * {@code token} or {@code credential}, or ends in {@code key} as a word of its own
     * ({@code key}, {@code api_key}, {@code sslkey}). Such a value never appears in a message, a
     * log line or a {@code toString()}; {@link MessageText#credentialValue} renders it as {@code ***}.
     */
    public static boolean isSecretName(String name) {
        return name != null && SECRET_NAME.matcher(name.toLowerCase(Locale.ROOT)).matches();
    }

    /**
     * Converts a configured value (text from a URL, any number, a boolean) into this key's type;
     * null stays null.
     *
     * @throws ConfigurationException naming the key when the value does not fit
     */
    public T coerce(Object value) {
        return type.cast(CredentialValues.coerce(name, type, value, isSecret()));
    }

    /**
     * The typed value of this key in the credentials, else its default; null when neither exists.
     *
     * @throws ConfigurationException naming the key when the stored value does not fit its type, or
     *                                when a required key has no value
     */
    public T read(Map<String, ?> credentials) {
        Map<String, ?> map = credentials == null ? Map.of() : credentials;
        Object raw = map.get(name);
        T value = raw != null ? coerce(raw) : defaultValue;
        if (value == null && required) {
            throw new ConfigurationException("Credential \"" + name + "\" is required (" + meaning + ")");
        }
        return value;
    }

    /**
     * {@link #read(Map)}, with the connection alias in the message of any failure.
     *
     * @throws ConfigurationException naming the key and the alias
     */
    public T read(String alias, Map<String, ?> credentials) {
        try {
            return read(credentials);
        } catch (ConfigurationException e) {
            throw new ConfigurationException(e.getMessage() + " (connection '" + alias + "')", e);
        }
    }

    @Override
    public String toString() {
        return name + " (" + type.getSimpleName() + (defaultValue == null || isSecret() ? "" : ", default " + defaultValue)
                + "): " + meaning;
    }
}
