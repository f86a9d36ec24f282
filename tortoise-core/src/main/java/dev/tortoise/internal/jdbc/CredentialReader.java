package dev.tortoise.internal.jdbc;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.spi.CredentialKey;

import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Typed reads of one alias's credentials through {@link CredentialKey}, which owns every key's
 * type, spellings and per-engine default. Adds what a backend's messages need: the alias at fault.
 */
public final class CredentialReader {

    private final String alias;
    private final String engine;
    private final Map<String, Object> credentials;

    public CredentialReader(String alias, String engine, Map<String, Object> credentials) {
        this.alias = alias;
        this.engine = engine;
        this.credentials = credentials == null ? Map.of() : credentials;
    }

    /** The alias whose credentials these are. */
    public String alias() {
        return alias;
    }

    /** The raw value of a key, or null. */
    public Object raw(String key) {
        return credentials.get(key);
    }

    public String string(CredentialKey key) {
        return read(() -> key.stringValue(credentials, engine));
    }

    public Integer integer(CredentialKey key) {
        return read(() -> key.intValue(credentials, engine));
    }

    public Double decimal(CredentialKey key) {
        return read(() -> key.doubleValue(credentials, engine));
    }

    public Boolean bool(CredentialKey key) {
        return read(() -> key.booleanValue(credentials, engine));
    }

    public Map<String, Object> map(CredentialKey key) {
        return read(() -> key.mapValue(credentials, engine));
    }

    /**
     * A String key's value (or default) that must match {@code shape} in full, because it is written
     * into SQL or a driver URL; null stays null.
     *
     * @param what the accepted form for the message, such as "a character set name such as utf8mb4"
     * @throws ConfigurationException naming the key, the alias, the accepted form and the value given
     */
    public String matching(CredentialKey key, Pattern shape, String what) {
        String value = string(key);
        if (value != null && !shape.matcher(value).matches()) {
            throw new ConfigurationException("Credential \"" + key.wireName() + "\" of connection '" + alias
                    + "' must be " + what + ", got '" + value + "'");
        }
        return value;
    }

    /** A pool size: the key's value (or default), which must be at least one. */
    public int poolSize(CredentialKey key) {
        Integer size = integer(key);
        if (size == null || size < 1) {
            throw new ConfigurationException("Credential \"" + key.wireName() + "\" of connection '" + alias
                    + "' must be at least 1, got " + size);
        }
        return size;
    }

    private <T> T read(Supplier<T> read) {
        try {
            return read.get();
        } catch (ConfigurationException e) {
            throw new ConfigurationException(e.getMessage() + " (connection '" + alias + "')", e);
        }
    }
}
