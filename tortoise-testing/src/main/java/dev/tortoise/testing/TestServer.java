package dev.tortoise.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A database server the tests may need, where to find it, and how to start it when it is missing.
 *
 * <p>Defaults match the development machine (PostgreSQL as {@code postgres} with trust
 * authentication on 127.0.0.1:5432, MariaDB as {@code root} with an empty password on
 * 127.0.0.1:3306). Environment variables override them: {@code TORTOISE_TEST_PG_HOST},
 * {@code _PORT}, {@code _USER}, {@code _PASSWORD}, and the same with {@code MYSQL} for MariaDB.
 */
public enum TestServer {
    /** PostgreSQL. */
    POSTGRES("PostgreSQL", "tortoise.backends.postgres", "postgres", "PG", 5432, "postgres", "",
            "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start"),
    /**
     * A streaming replica (hot standby, read-only) of {@link #POSTGRES} on port 5433, started by
     * {@code .ci/start-replica}; databases made on the primary appear on it. Environment variables
     * {@code TORTOISE_TEST_PG_REPLICA_HOST}, {@code _PORT}, {@code _USER}, {@code _PASSWORD}.
     */
    POSTGRES_REPLICA("PostgreSQL streaming replica", "tortoise.backends.postgres", "postgres", "PG_REPLICA", 5433,
            "postgres", "", ".ci/start-replica (as root, in the project folder; it copies the primary on 5432)"),
    /** MySQL or MariaDB. */
    MYSQL("MariaDB/MySQL", "tortoise.backends.mysql", "mysql", "MYSQL", 3306, "root", "",
            "start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd");

    private final String displayName;
    private final String engine;
    private final String scheme;
    private final String envPrefix;
    private final int defaultPort;
    private final String defaultUser;
    private final String defaultPassword;
    private final String startCommand;
    private volatile Boolean reachable;

    TestServer(String displayName, String engine, String scheme, String envKey, int defaultPort,
               String defaultUser, String defaultPassword, String startCommand) {
        this.displayName = displayName;
        this.engine = engine;
        this.scheme = scheme;
        this.envPrefix = "TORTOISE_TEST_" + envKey + "_";
        this.defaultPort = defaultPort;
        this.defaultUser = defaultUser;
        this.defaultPassword = defaultPassword;
        this.startCommand = startCommand;
    }

    public String displayName() {
        return displayName;
    }

    /** The canonical engine name of the backend that talks to this server. */
    public String engine() {
        return engine;
    }

    public String host() {
        return env("HOST", "127.0.0.1");
    }

    public int port() {
        return Integer.parseInt(env("PORT", Integer.toString(defaultPort)));
    }

    public String user() {
        return env("USER", defaultUser);
    }

    /** The password of the test user; empty when there is none. */
    public String password() {
        return env("PASSWORD", defaultPassword);
    }

    /** The shell command that starts this server on the development machine. */
    public String startCommand() {
        return startCommand;
    }

    /** Whether the server accepts TCP connections; asked once per JVM. Blocks up to a second. */
    public boolean isReachable() {
        Boolean known = reachable;
        if (known == null) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host(), port()), 1000);
                known = true;
            } catch (IOException e) {
                known = false;
            }
            reachable = known;
        }
        return known;
    }

    /** Credentials of a database on this server, in the shape backends take. */
    public Map<String, Object> credentials(String database) {
        Map<String, Object> credentials = new LinkedHashMap<>();
        credentials.put("host", host());
        credentials.put("port", port());
        credentials.put("user", user());
        credentials.put("password", password().isEmpty() && this != MYSQL ? null : password());
        credentials.put("database", database);
        return credentials;
    }

    /** A {@code db_url} for a database on this server. */
    public String url(String database) {
        String pw = password().isEmpty() ? (this == MYSQL ? ":" : "")
                : ":" + URLEncoder.encode(password(), StandardCharsets.UTF_8).replace("+", "%20");
        return scheme + "://" + user() + pw + "@" + host() + ":" + port() + "/" + database;
    }

    /** Why a test cannot run, and how to make it run. */
    String missingMessage() {
        return displayName + " is not reachable at " + host() + ":" + port() + ". Start it with: " + startCommand
                + (isCi() ? " (CI=true: a missing server fails the build; .ci/run starts it)" : "");
    }

    static boolean isCi() {
        String ci = System.getenv("CI");
        return ci != null && ci.strip().toLowerCase(Locale.ROOT).equals("true");
    }

    private String env(String key, String defaultValue) {
        String value = System.getenv(envPrefix + key);
        return value == null || value.isBlank() ? defaultValue : value;
    }
}
