package dev.tortoise.internal.jdbc;

import com.zaxxer.hikari.HikariConfig;
import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.spi.CredentialKey;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * The validated credentials every server backend (PostgreSQL, MySQL) shares, read through
 * {@link CredentialKey} so that each default is declared there: address, login, database, pool
 * sizes, connect timeout and TLS mode. A backend's own settings hold one of these beside what only
 * its database has. {@link #toString()} never shows the password.
 *
 * @param connectTimeout seconds to wait while a connection opens; 0 waits without limit
 * @param sslMode        the driver's TLS mode, or null to leave the driver's default
 */
public record ServerSettings(ServerProfile profile, String alias, String host, int port, String user, String password,
                             String database, int minSize, int maxSize, double connectTimeout, String sslMode) {

    /** How long a caller waits for a free pooled connection before failing. */
    public static final Duration BORROW_TIMEOUT = Duration.ofSeconds(30);

    /**
     * Reads the shared credentials of one alias.
     *
     * @throws ConfigurationException naming the alias and the key whose value does not fit
     */
    public static ServerSettings read(ServerProfile profile, CredentialReader reader) {
        int max = reader.poolSize(CredentialKey.MAXSIZE);
        int min = Math.min(reader.integer(CredentialKey.MINSIZE), max);
        double connectTimeout = reader.decimal(profile.connectTimeout());
        if (connectTimeout < 0) {
            throw new ConfigurationException("Credential \"" + profile.connectTimeout().wireName() + "\" of connection '"
                    + reader.alias() + "' must be 0 or more seconds, got " + connectTimeout);
        }
        return new ServerSettings(profile, reader.alias(),
                reader.string(CredentialKey.HOST),
                reader.integer(CredentialKey.PORT),
                reader.string(CredentialKey.USER),
                reader.string(CredentialKey.PASSWORD),
                reader.string(CredentialKey.DATABASE),
                Math.max(0, min),
                max,
                connectTimeout,
                sslMode(profile, reader));
    }

    /** {@code ssl} is a flag in upstream's configurations; one of the driver's mode names is accepted too. */
    private static String sslMode(ServerProfile profile, CredentialReader reader) {
        Object raw = reader.raw(CredentialKey.SSL.wireName());
        if (raw == null) {
            return null;
        }
        if (raw instanceof String text && profile.sslModes().contains(text.strip().toLowerCase(Locale.ROOT))) {
            return text.strip().toLowerCase(Locale.ROOT);
        }
        return reader.bool(CredentialKey.SSL) ? profile.sslOn() : profile.sslOff();
    }

    /** {@code host:port}, with an IPv6 address in brackets. */
    public String hostAndPort() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    /** Where this alias points, for messages: never the password. */
    public String target() {
        return profile.product() + " at " + hostAndPort() + ", database \"" + (database == null ? "(none given)" : database)
                + "\", user \"" + (user == null ? "(default)" : user) + "\"";
    }

    /** The translator of this alias's errors, which keeps the password out of every message. */
    public SqlErrorTranslator translator() {
        return new SqlErrorTranslator(alias, target(), profile.vendorCodes(), Collections.singletonList(password));
    }

    /** The user and password as driver properties, each only when given. */
    public Properties login() {
        Properties login = new Properties();
        if (user != null) {
            login.setProperty("user", user);
        }
        if (password != null) {
            login.setProperty("password", password);
        }
        return login;
    }

    /**
     * The Hikari configuration of this alias's pool over the driver's data source: name, sizes,
     * timeouts, and the login. The user and password go to Hikari, not into the data source, because
     * Hikari masks the password when it logs its configuration.
     */
    public HikariConfig poolConfig(DataSource dataSource) {
        HikariConfig config = PooledConnectionSource.baseConfig(alias, minSize, maxSize, BORROW_TIMEOUT);
        config.setDataSource(dataSource);
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        return config;
    }

    /** This alias's pool, started on first use from the configuration the factory builds. */
    public PooledConnectionSource pool(Supplier<HikariConfig> config, SqlErrorTranslator translator,
                                       DriverWarmUp.Warmer warmer) {
        return new PooledConnectionSource(alias, config, maxSize, BORROW_TIMEOUT, translator, warmer);
    }

    @Override
    public String toString() {
        return "ServerSettings[" + target() + ", pool " + minSize + ".." + maxSize + "]";
    }
}
