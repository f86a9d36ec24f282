package dev.tortoise.spi.jdbc;

import com.zaxxer.hikari.HikariConfig;
import dev.tortoise.exceptions.ConfigurationException;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * The validated credentials every server backend (PostgreSQL, MySQL) shares, read through
 * {@link ServerKeys} so that each default is declared there: address, login, database, pool
 * sizes, connect timeout and TLS mode. A backend's own settings hold one of these beside what only
 * its database has. {@link #toString()} never shows the password.
 *
 * @param connectTimeout   seconds to wait while a connection opens and logs in; 0 waits without limit
 * @param sslMode          the driver's TLS mode, or null to leave the driver's default
 * @param statementTimeout seconds any one statement may wait for the server (the driver's socket
 *                         timeout), 0 for no limit: the connect-timeout key's value when a
 *                         configuration sets it, so that {@code timeout=1} bounds every call
 */
public record ServerSettings(ServerProfile profile, String alias, String host, int port, String user, String password,
                             String database, int minSize, int maxSize, double connectTimeout, String sslMode,
                             double statementTimeout) {

    /** How long a caller waits for a free pooled connection before failing. */
    public static final Duration BORROW_TIMEOUT = Duration.ofSeconds(30);

    /**
     * Reads the shared credentials of one alias.
     *
     * @throws ConfigurationException naming the alias and the key whose value does not fit
     */
    public static ServerSettings read(ServerProfile profile, String alias, Map<String, ?> credentials) {
        Map<String, ?> given = credentials == null ? Map.of() : credentials;
        int max = ServerKeys.poolSize(ServerKeys.MAXSIZE, alias, given);
        int min = Math.min(ServerKeys.MINSIZE.read(alias, given), max);
        double connectTimeout = profile.connectTimeout().read(alias, given);
        if (connectTimeout < 0) {
            throw new ConfigurationException("Credential \"" + profile.connectTimeout().name() + "\" of connection '"
                    + alias + "' must be 0 or more seconds, got " + connectTimeout);
        }
        int port = profile.port().read(alias, given);
        if (port < 1 || port > 65535) {
            // port 0 would let the system pick any port: never the server's
            throw new ConfigurationException("Credential \"" + profile.port().name() + "\" of connection '" + alias
                    + "' must be a TCP port from 1 to 65535, got " + port);
        }
        return new ServerSettings(profile, alias,
                ServerKeys.HOST.read(alias, given),
                port,
                ServerKeys.USER.read(alias, given),
                profile.password().read(alias, given),
                ServerKeys.DATABASE.read(alias, given),
                Math.max(0, min),
                max,
                connectTimeout,
                sslMode(profile, alias, given),
                given.get(profile.connectTimeout().name()) == null ? 0 : connectTimeout);
    }

    /** {@code ssl} is a flag in upstream's configurations; one of the driver's mode names is accepted too. */
    private static String sslMode(ServerProfile profile, String alias, Map<String, ?> credentials) {
        Object raw = credentials.get(ServerKeys.SSL.name());
        if (raw == null) {
            return null;
        }
        if (raw instanceof String text && profile.sslModes().contains(text.strip().toLowerCase(Locale.ROOT))) {
            return text.strip().toLowerCase(Locale.ROOT);
        }
        return ServerKeys.SSL.read(alias, credentials) ? profile.sslOn() : profile.sslOff();
    }

    /** {@code host:port}, with an IPv6 address in brackets. */
    public String hostAndPort() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    /** {@link #statementTimeout()} in whole milliseconds (a fraction waits the next millisecond), 0 for none. */
    public int statementTimeoutMillis() {
        return (int) Math.min(Integer.MAX_VALUE, Math.ceil(statementTimeout * 1000));
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
        if (connectTimeout > 0) {
            // Hikari waits this long for a new connection: no longer than the driver may take to make one
            config.setConnectionTimeout(Math.max(250, Math.min(BORROW_TIMEOUT.toMillis(),
                    (long) Math.ceil(connectTimeout * 1000) + 250)));
        }
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
