package dev.tortoise;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.internal.config.Credentials;
import dev.tortoise.internal.config.Engines;
import dev.tortoise.internal.config.Secrets;
import java.util.Map;

/**
 * One connection of a configuration: the engine that serves it and the credentials handed to that
 * engine's backend. Immutable.
 *
 * <p>{@link #engine()} is always canonical: {@code postgres}, {@code postgresql}, {@code asyncpg},
 * {@code psycopg} and their {@code tortoise.backends.*} names become {@code tortoise.backends.postgres};
 * {@code mysql} and {@code mariadb} become {@code tortoise.backends.mysql}; {@code sqlite} becomes
 * {@code tortoise.backends.sqlite}. Other engine names (third-party backends) are kept as given.
 *
 * <p>{@link #credentials()} is an unmodifiable copy in the given order; values may be null (not
 * given). For the built-in engines every key declared in {@link dev.tortoise.spi.CredentialKey} is
 * converted to its type ({@code "5432"} becomes the Integer {@code 5432}) and required keys are
 * checked. Neither {@link #toString()} nor {@code credentials().toString()} shows the password, or any
 * value whose key looks secret ({@code pwd}, {@code pass}, {@code secret}, {@code token} …), at any
 * depth of nested maps.
 *
 * @param engine      engine name or alias
 * @param credentials backend settings, such as {@code file_path} or {@code host}, {@code port}, {@code user}
 */
public record ConnectionConfig(String engine, Map<String, Object> credentials) {

    /**
     * Canonicalises the engine and checks and copies the credentials.
     *
     * @throws ConfigurationException when the engine is blank, the credentials are null, a required
     *     key is missing (SQLite's {@code file_path}) or a declared key holds a value of the wrong type
     */
    public ConnectionConfig {
        engine = Engines.canonical(engine);
        if (credentials == null) {
            throw new ConfigurationException("ConnectionConfig.credentials must be a dict (a map of credential"
                    + " name to value) for engine " + engine);
        }
        credentials = Credentials.normalize(engine, credentials);
    }

    /** Shows the engine and the credentials with every secret value as {@code ***}. */
    @Override
    public String toString() {
        return "ConnectionConfig[engine=" + engine + ", credentials=" + Secrets.mask(credentials) + "]";
    }
}
