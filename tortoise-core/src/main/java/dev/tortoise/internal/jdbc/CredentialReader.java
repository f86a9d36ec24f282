package dev.tortoise.internal.jdbc;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.spi.CredentialKey;

import java.util.Map;
import java.util.function.Supplier;

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
