package dev.tortoise.backend.postgres;

import dev.tortoise.exceptions.DbConnectionException;
import dev.tortoise.exceptions.IntegrityException;
import dev.tortoise.exceptions.OperationalException;
import dev.tortoise.internal.jdbc.JdbcClient;
import dev.tortoise.internal.jdbc.TransactionalClient;
import dev.tortoise.spi.BackendProvider;
import dev.tortoise.spi.DbClient;
import dev.tortoise.testing.RequiresPostgres;
import dev.tortoise.testing.TestDatabase;
import dev.tortoise.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What is particular to PostgreSQL: lazy pools, pool sizes, search_path, server databases. */
@RequiresPostgres
class PostgresBackendTest {

    @RegisterExtension
    static final TestDatabase DB = TestDatabase.postgres();

    private final BackendProvider provider = new PostgresBackendProvider();

    private static String unique(String prefix) {
        return prefix + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }

    private static long sessionsOf(String applicationName) {
        return ((Number) DB.client().executeQueryDict(
                "SELECT COUNT(*) AS n FROM pg_stat_activity WHERE application_name = ?", applicationName)
                .get(0).get("n")).longValue();
    }

    @Test
    void theServiceLoaderFindsTheBackendWithItsAliases() {
        List<BackendProvider> found = ServiceLoader.load(BackendProvider.class).stream()
                .map(ServiceLoader.Provider::get).toList();
        assertEquals(1, found.size());
        assertInstanceOf(PostgresBackendProvider.class, found.get(0));
        assertEquals("tortoise.backends.postgres", provider.engine());
        assertTrue(provider.aliases().containsAll(List.of("postgres", "postgresql", "asyncpg", "psycopg",
                "tortoise.backends.asyncpg", "tortoise.backends.psycopg")));
        assertEquals("postgres", provider.dialect());
    }

    @Test
    void creatingAClientOpensNoConnectionUntilTheFirstCall() {
        String app = unique("lazy_");
        DbClient client = DB.newClient("lazy", Map.of("application_name", app));
        assertEquals(0, sessionsOf(app), "creating the client connected");
        assertFalse(((JdbcClient) client).connectionSource().isStarted());
        client.executeQueryDict("SELECT 1");
        assertTrue(sessionsOf(app) >= 1);
    }

    @Test
    void poolSizesComeFromMinsizeAndMaxsize() throws Exception {
        String app = unique("sized_");
        DbClient client = DB.newClient("sized", Map.of("application_name", app, "minsize", 3, "maxsize", 3));
        client.ping();
        long deadline = System.currentTimeMillis() + 10_000;
        while (sessionsOf(app) < 3 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(3, sessionsOf(app));
        DbClient asyncpgSpelling = DB.newClient("spelled", Map.of("application_name", app + "b", "min_size", 2, "max_size", 2));
        asyncpgSpelling.ping();
        deadline = System.currentTimeMillis() + 10_000;
        while (sessionsOf(app + "b") < 2 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(2, sessionsOf(app + "b"));
    }

    @Test
    void anUnreachableServerFailsTheFirstCallWithoutThePassword() {
        Map<String, Object> credentials = new HashMap<>(TestServer.POSTGRES.credentials("nowhere"));
        credentials.put("port", 1);
        credentials.put("password", "s3cret-Passw0rd");
        DbClient client = provider.createClient("offline", credentials);
        try {
            DbConnectionException e = assertThrows(DbConnectionException.class,
                    () -> client.executeQueryDict("SELECT 1"));
            assertTrue(e.getMessage().contains("'offline'"), e.getMessage());
            assertTrue(e.getMessage().contains(TestServer.POSTGRES.host() + ":1"), e.getMessage());
            assertFalse(e.getMessage().contains("s3cret-Passw0rd"), e.getMessage());
            assertThrows(DbConnectionException.class, client::ping, "the next call tries again");
        } finally {
            client.close();
        }
        assertEquals(List.of(), Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .filter(name -> name.contains("tortoise-offline")).toList(), "a failed pool leaves no thread behind");
    }

    @Test
    void aConstraintCheckedAtCommitFailsTheTransactionWithAnIntegrityException() {
        String t = unique("deferred_");
        DB.client().executeScript("CREATE TABLE " + t + " (name TEXT UNIQUE DEFERRABLE INITIALLY DEFERRED)");
        TransactionalClient client = (TransactionalClient) DB.client();
        IntegrityException e = assertThrows(IntegrityException.class, () -> client.inTransaction(() -> {
            client.executeUpdate("INSERT INTO " + t + " VALUES ('same')");
            client.executeUpdate("INSERT INTO " + t + " VALUES ('same')");
            return null;
        }));
        assertTrue(e.getMessage().contains("duplicate key"), e.getMessage());
        assertFalse(client.isInTransaction());
        assertEquals(List.of(), client.executeQueryDict("SELECT * FROM " + t), "rolled back");
    }

    @Test
    void schemaBecomesTheSearchPath() {
        String schema = unique("schema_");
        DB.client().executeScript("CREATE SCHEMA " + schema);
        DbClient client = DB.newClient("schemed", Map.of("schema", schema));
        assertEquals(schema, client.executeQueryDict("SHOW search_path").get(0).get("search_path"));
        client.executeScript("CREATE TABLE placed (id SERIAL PRIMARY KEY)");
        assertEquals(1, DB.client().executeQueryDict("SELECT 1 FROM information_schema.tables"
                + " WHERE table_schema = ? AND table_name = 'placed'", schema).size());
    }

    @Test
    void serverSettingsApplyToEveryConnection() {
        DbClient client = DB.newClient("tuned", Map.of("server_settings", Map.of("statement_timeout", "1234")));
        assertEquals("1234ms", client.executeQueryDict("SHOW statement_timeout").get(0).get("statement_timeout"));
    }

    @Test
    void jsonIsReadAsItsText() {
        Object json = DB.client().executeQueryDict("SELECT '{\"a\": 1}'::jsonb AS j").get(0).get("j");
        assertEquals("{\"a\": 1}", json);
    }

    @Test
    void createAndDropDatabase() {
        String name = unique("tortoise_created_");
        Map<String, Object> credentials = TestServer.POSTGRES.credentials(name);
        String exists = "SELECT pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname = ?";
        provider.createDatabase(credentials);
        try {
            assertEquals(List.of(Map.of("owner", TestServer.POSTGRES.user())), DB.client().executeQueryDict(exists, name));
            OperationalException again = assertThrows(OperationalException.class, () -> provider.createDatabase(credentials));
            assertTrue(again.getMessage().contains("already exists"), again.getMessage());
            DbClient client = provider.createClient("created", credentials);
            assertEquals(name, client.executeQueryDict("SELECT current_database() AS db").get(0).get("db"));
            client.close();
        } finally {
            provider.dropDatabase(credentials);
        }
        assertEquals(List.of(), DB.client().executeQueryDict(exists, name));
        provider.dropDatabase(credentials);
    }

    @Test
    void otherThreadsUseTheirOwnConnectionsDuringATransaction() throws Exception {
        String t = unique("iso_");
        DB.client().executeScript("CREATE TABLE " + t + " (id SERIAL PRIMARY KEY, name TEXT)");
        TransactionalClient client = (TransactionalClient) DB.client();
        long[] seenInside = new long[1];
        assertThrows(IllegalStateException.class, () -> client.inTransaction(() -> {
            client.executeUpdate("INSERT INTO " + t + " (name) VALUES ('parent')");
            Thread child = Thread.ofVirtual().start(() -> {
                seenInside[0] = client.executeQueryDict("SELECT * FROM " + t).size();
                client.executeUpdate("INSERT INTO " + t + " (name) VALUES ('child')");
            });
            child.join();
            throw new IllegalStateException("roll back the parent");
        }));
        assertEquals(0, seenInside[0], "the child does not see the parent's uncommitted row");
        assertEquals(List.of(Map.of("name", "child")), client.executeQueryDict("SELECT name FROM " + t),
                "the child's write was its own, not rolled back with the parent");
    }
}
