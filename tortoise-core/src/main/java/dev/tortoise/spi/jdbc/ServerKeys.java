package dev.tortoise.spi.jdbc;

import dev.tortoise.spi.CredentialKey;
import java.util.List;
import java.util.Map;

/**
 * The credential keys every server backend shares (upstream's names): address, login, database,
 * pool sizes and TLS. A backend lists them in its {@code credentialKeys()} beside its own keys,
 * with its port from {@link #port(int)} and its connect timeout from {@link #connectTimeout}.
 */
public final class ServerKeys {

    /** Server host name or address; default {@code localhost}. */
    public static final CredentialKey<String> HOST =
            CredentialKey.text("host", "server host name or address").withDefault("localhost");
    /** User name; absent means the driver's default. */
    public static final CredentialKey<String> USER = CredentialKey.text("user", "user name to log in with");
    /** Database name; absent means the server's default. */
    public static final CredentialKey<String> DATABASE = CredentialKey.text("database", "database to connect to");
    /** Connections the pool keeps open; default 1. */
    public static final CredentialKey<Integer> MINSIZE =
            CredentialKey.integer("minsize", "fewest pooled connections kept open").withDefault(1);
    /** Most connections the pool opens; default 5. */
    public static final CredentialKey<Integer> MAXSIZE =
            CredentialKey.integer("maxsize", "most pooled connections").withDefault(5);
    /**
     * Connect with TLS (true) or without (false); a backend also takes its driver's mode names
     * (PostgreSQL {@code require}, {@code verify-full} …). Absent means the driver's default.
     */
    public static final CredentialKey<Boolean> SSL =
            CredentialKey.flag("ssl", "connect with TLS; absent: the driver's default");

    private ServerKeys() {
    }

    /**
     * The password, with the backend's default (null: none). Secret: never shown in messages, logs
     * or {@code toString()}.
     */
    public static CredentialKey<String> password(String defaultPassword) {
        return CredentialKey.text("password", "password to log in with (never shown)").secret().withDefault(defaultPassword);
    }

    /** The server's TCP port, with the backend's default. */
    public static CredentialKey<Integer> port(int defaultPort) {
        return CredentialKey.integer("port", "server TCP port").withDefault(defaultPort);
    }

    /**
     * Seconds to wait while a connection opens and logs in, under the backend's name for it, with
     * its default; 0 waits without limit. When a configuration sets it, it also bounds each
     * statement's wait for the server (the driver's socket timeout), so that a server that stops
     * answering fails the call after that many seconds.
     */
    public static CredentialKey<Double> connectTimeout(String name, double defaultSeconds) {
        return CredentialKey.number(name, "seconds to wait while a connection opens; when set, also the longest a"
                + " statement waits for the server; 0 waits without limit").withDefault(defaultSeconds);
    }

    /** The shared keys of a backend with this port and connect-timeout key, in documentation order. */
    public static List<CredentialKey<?>> all(ServerProfile profile) {
        return List.of(HOST, profile.port(), USER, profile.password(), DATABASE, MINSIZE, MAXSIZE, SSL, profile.connectTimeout());
    }

    /**
     * A pool size: the key's value (or default), which must be at least one.
     *
     * @throws dev.tortoise.exceptions.ConfigurationException naming the key and the alias
     */
    static int poolSize(CredentialKey<Integer> key, String alias, Map<String, ?> credentials) {
        Integer size = key.read(alias, credentials);
        if (size == null || size < 1) {
            throw new dev.tortoise.exceptions.ConfigurationException("Credential \"" + key.name() + "\" of connection '"
                    + alias + "' must be at least 1, got " + size);
        }
        return size;
    }
}
