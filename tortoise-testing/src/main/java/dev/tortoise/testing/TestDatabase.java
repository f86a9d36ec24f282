package dev.tortoise.testing;

import dev.tortoise.Tortoise;
import dev.tortoise.spi.BackendProvider;
import dev.tortoise.spi.DbClient;
import dev.tortoise.spi.Platform;
import dev.tortoise.spi.PlatformConfig;
import dev.tortoise.spi.SchemaDialect;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A database of its own for a test class or a test method, created before and dropped after
 * (or, opened by hand with {@link #open()}, until {@link #close()}).
 *
 * <pre>{@code
 * @RegisterExtension
 * static final TestDatabase db = TestDatabase.postgres();      // one database for the class
 *
 * @Test void stores() {
 *     db.client().executeUpdate("CREATE TABLE t (id INT)");
 *     // later: Tortoise t = db.closeAfter(Tortoise.init(db.url(), Map.of("models", List.of("com.x.models"))));
 * }
 * }</pre>
 *
 * <p>Registered in a {@code static} field, the database lives for the test class; in an instance
 * field, for each test method. Names are unique per run ({@code tortoise_test_<pid>_<hex>}), so
 * parallel builds never share state. Server databases are made with
 * {@link BackendProvider#createDatabase} and removed with {@link BackendProvider#dropDatabase};
 * SQLite gets a file in a fresh temporary folder, H2 a named in-memory database. Everything handed
 * to {@link #closeAfter} and every client made here is closed, last first, before the database is
 * dropped. When the server is not
 * running the test is skipped, or fails under {@code CI=true} (see {@link RequiresPostgres}).
 */
public final class TestDatabase implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback,
        AutoCloseable {

    private static final String SQLITE = "tortoise.backends.sqlite";
    private static final String H2 = "tortoise.backends.h2";

    private final TestServer server;
    private final String engine;
    private final Map<String, Object> extraCredentials;
    private final ReentrantLock lock = new ReentrantLock();
    private final Deque<AutoCloseable> resources = new ArrayDeque<>();
    private boolean classScoped;
    private String name;
    private Path sqliteFolder;
    private Map<String, Object> credentials;
    private DbClient client;

    private TestDatabase(TestServer server, String engine, Map<String, Object> extraCredentials) {
        this.server = server;
        this.engine = engine;
        this.extraCredentials = Map.copyOf(extraCredentials);
    }

    /** A fresh PostgreSQL database on the test server. */
    public static TestDatabase postgres() {
        return new TestDatabase(TestServer.POSTGRES, TestServer.POSTGRES.engine(), Map.of());
    }

    /** A fresh MariaDB/MySQL database on the test server. */
    public static TestDatabase mysql() {
        return new TestDatabase(TestServer.MYSQL, TestServer.MYSQL.engine(), Map.of());
    }

    /** A fresh SQLite file in a temporary folder. */
    public static TestDatabase sqlite() {
        return new TestDatabase(null, SQLITE, Map.of());
    }

    /**
     * A fresh, uniquely named H2 in-memory database ({@code h2:mem:tortoise_test_…}), shut down
     * (freed) afterwards. H2 runs inside the JVM, so it is never skipped.
     */
    public static TestDatabase h2() {
        return new TestDatabase(null, H2, Map.of());
    }

    /** The same fixture with more credentials for its clients ({@code schema}, {@code maxsize}, PRAGMAs...). */
    public TestDatabase with(String key, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extraCredentials);
        more.put(key, value);
        return new TestDatabase(server, engine, more);
    }

    /**
     * Creates the database now, for a fixture that is not registered as an extension (a suite
     * across backends creates one per backend, see {@link AcrossBackends}). When the server is not
     * running this aborts the caller (skipped), or fails under {@code CI=true}.
     *
     * @return this fixture, open until {@link #close()}
     */
    public TestDatabase open() {
        classScoped = true;
        create();
        return this;
    }

    /**
     * Closes every resource handed to {@link #closeAfter} and every client made here, last first,
     * then drops the database. Does nothing when it was never created.
     */
    @Override
    public void close() throws Exception {
        drop();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        classScoped = true;
        create();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        drop();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!classScoped) {
            create();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (!classScoped) {
            drop();
        }
    }

    /**
     * The database a test class registers in its one static {@code TestDatabase} field (declared
     * there or in a superclass): what the contract base classes use unless {@code database()} is
     * overridden.
     *
     * @throws IllegalStateException when the class has no such field, or more than one
     */
    public static TestDatabase registeredIn(Class<?> testClass) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = testClass; c != null; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == TestDatabase.class) {
                    fields.add(field);
                }
            }
        }
        if (fields.size() != 1) {
            throw new IllegalStateException(testClass.getName() + " has " + fields.size() + " static TestDatabase"
                    + " fields: register exactly one with @RegisterExtension, or override database()");
        }
        try {
            fields.get(0).setAccessible(true);
            return (TestDatabase) fields.get(0).get(null);
        } catch (IllegalAccessException | RuntimeException e) {
            throw new IllegalStateException("Cannot read " + fields.get(0) + ": " + e.getMessage(), e);
        }
    }

    /** The canonical engine name, such as {@code tortoise.backends.postgres}. */
    public String engine() {
        return engine;
    }

    /** The backend of this database. */
    public BackendProvider provider() {
        for (BackendProvider provider : ServiceLoader.load(BackendProvider.class, TestDatabase.class.getClassLoader())) {
            if (provider.engine().equals(engine)) {
                return provider;
            }
        }
        throw new IllegalStateException("No backend of engine " + engine + " on the class path");
    }

    /** The platform of this database's backend for its credentials, with use_tz off and UTC. */
    public Platform platform() {
        return provider().platform(PlatformConfig.of("test", credentials()));
    }

    /** The DDL dialect of this database's backend for its credentials, as schema generation uses it. */
    public SchemaDialect schemaDialect() {
        return platform().ddl();
    }

    /** The database's name (for SQLite, the file's absolute path; for H2, the in-memory database's name). */
    public String databaseName() {
        return requireCreated();
    }

    /** Credentials of this database, in the shape backends and {@code TortoiseConfig} take. A copy. */
    public Map<String, Object> credentials() {
        requireCreated();
        return new LinkedHashMap<>(credentials);
    }

    /** A {@code db_url} for this database, such as {@code postgres://postgres@127.0.0.1:5432/tortoise_test_...}. */
    public String url() {
        String db = requireCreated();
        if (server != null) {
            return server.url(db);
        }
        return engine.equals(H2) ? "h2:mem:" + db : "sqlite://" + db;
    }

    /**
     * A JDBC URL of this database with its user and password as parameters, for a data source of
     * the test's own (a pool, a Spring Boot application): {@code jdbc:postgresql://…/db?user=postgres},
     * {@code jdbc:mariadb://…}, {@code jdbc:sqlite:/path}, {@code jdbc:h2:mem:name;…} with the settings
     * the H2 backend uses.
     */
    public String jdbcUrl() {
        String db = requireCreated();
        if (server == TestServer.POSTGRES || server == TestServer.MYSQL) {
            String scheme = server == TestServer.POSTGRES ? "jdbc:postgresql://" : "jdbc:mariadb://";
            return scheme + server.host() + ":" + server.port() + "/" + db + "?user=" + server.user()
                    + (server.password().isEmpty() ? "" : "&password=" + server.password());
        }
        return engine.equals(H2) ? "jdbc:h2:mem:" + db + ";DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1;USER=sa" : "jdbc:sqlite:" + db;
    }

    /**
     * A HikariCP pool of {@code size} connections on this database, owned by the test (as an
     * application owns its pool): closed at the end, before the database is dropped.
     */
    public com.zaxxer.hikari.HikariDataSource pool(int size) {
        com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
        config.setJdbcUrl(jdbcUrl());
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(0);
        config.setPoolName("test-" + requireCreated().replaceAll("[^A-Za-z0-9_]", "_"));
        return closeAfter(new com.zaxxer.hikari.HikariDataSource(config));
    }

    /** A client on this database under the alias {@code default}, made on first use and closed at the end. */
    public DbClient client() {
        lock.lock();
        try {
            if (client == null) {
                client = newClient("default", Map.of());
            }
            return client;
        } finally {
            lock.unlock();
        }
    }

    /** A new client with more credentials (a pool size, a schema...), closed at the end. */
    public DbClient newClient(String alias, Map<String, Object> moreCredentials) {
        Map<String, Object> all = credentials();
        all.putAll(moreCredentials);
        return closeAfter(provider().createClient(alias, Collections.unmodifiableMap(all)));
    }

    /**
     * A {@link Tortoise} initialised on this database with one connection named {@code default}
     * and the given apps; closed at the end, before the database is dropped.
     *
     * @param modules app label to its model modules, as {@link Tortoise#init(String, Map)} takes
     */
    public Tortoise tortoise(Map<String, List<String>> modules) {
        return closeAfter(Tortoise.init(url(), modules));
    }

    /**
     * The clients this fixture made and the connections of the {@link Tortoise} instances it will
     * close, while they are open: what {@link LeakCheck} watches.
     */
    public List<DbClient> openClients() {
        List<DbClient> open = new ArrayList<>();
        lock.lock();
        try {
            for (AutoCloseable resource : resources) {
                if (resource instanceof DbClient c && !c.isClosed()) {
                    open.add(c);
                } else if (resource instanceof Tortoise t && !t.isClosed()) {
                    open.addAll(t.connections().values());
                }
            }
        } finally {
            lock.unlock();
        }
        return open;
    }

    /** Closes the resource (a client, a {@code Tortoise}) before the database is dropped; returns it. */
    public <T extends AutoCloseable> T closeAfter(T resource) {
        lock.lock();
        try {
            resources.push(resource);
            return resource;
        } finally {
            lock.unlock();
        }
    }

    private void create() {
        if (server != null) {
            RequiredServers.require(server);
        }
        String unique = "tortoise_test_" + ProcessHandle.current().pid() + "_"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        Map<String, Object> made = new LinkedHashMap<>();
        if (engine.equals(H2)) {
            name = unique;
            made.put("mode", "mem");
            made.put("database", unique);
        } else if (server == null) {
            try {
                sqliteFolder = Files.createTempDirectory("tortoise-test-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            name = sqliteFolder.resolve(unique + ".sqlite3").toString();
            made.put("file_path", name);
        } else {
            name = unique;
            made.putAll(server.credentials(unique));
        }
        made.putAll(extraCredentials);
        credentials = made;
        provider().createDatabase(credentials);
    }

    private void drop() throws Exception {
        Exception failure = null;
        lock.lock();
        try {
            while (!resources.isEmpty()) {
                try {
                    resources.pop().close();
                } catch (Exception e) {
                    failure = failure == null ? e : addTo(failure, e);
                }
            }
            client = null;
        } finally {
            lock.unlock();
        }
        if (credentials != null) {
            provider().dropDatabase(credentials);
            if (sqliteFolder != null) {
                Files.deleteIfExists(sqliteFolder);
            }
        }
        credentials = null;
        name = null;
        if (failure != null) {
            throw failure;
        }
    }

    private static Exception addTo(Exception first, Exception next) {
        first.addSuppressed(next);
        return first;
    }

    private String requireCreated() {
        if (name == null) {
            throw new IllegalStateException("The test database exists only while a test runs: register the"
                    + " TestDatabase with @RegisterExtension and use it inside a test or a @BeforeEach method");
        }
        return name;
    }
}
