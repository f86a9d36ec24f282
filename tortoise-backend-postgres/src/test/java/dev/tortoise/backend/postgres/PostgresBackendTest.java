package dev.tortoise.backend.postgres;

import dev.tortoise.exceptions.IntegrityException;
import dev.tortoise.spi.jdbc.JdbcClient;
import dev.tortoise.spi.DbClient;
import dev.tortoise.testing.RequiresPostgres;
import dev.tortoise.testing.ServerBackendContract;
import dev.tortoise.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The server backend contract on PostgreSQL, and what is particular to it: pool sizes, search_path, settings. */
@RequiresPostgres
class PostgresBackendTest extends ServerBackendContract {

    @RegisterExtension
    static final TestDatabase DB = TestDatabase.postgres();

    @Override
    protected Set<String> expectedAliases() {
        return Set.of("postgres", "postgresql", "asyncpg", "psycopg", "tortoise.backends.asyncpg",
                "tortoise.backends.psycopg");
    }

    @Override
    protected String expectedDialect() {
        return "postgres";
    }

    @Override
    protected String databaseExistsQuery() {
        return "SELECT datname FROM pg_database WHERE datname = ?";
    }

    private static long sessionsOf(String applicationName) {
        return ((Number) DB.client().executeQueryDict(
                "SELECT COUNT(*) AS n FROM pg_stat_activity WHERE application_name = ?", applicationName)
                .get(0).get("n")).longValue();
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
    void aConstraintCheckedAtCommitFailsTheTransactionWithAnIntegrityException() {
        String t = unique("deferred_");
        DB.client().executeScript("CREATE TABLE " + t + " (name TEXT UNIQUE DEFERRABLE INITIALLY DEFERRED)");
        DbClient client = DB.client();
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
    void aCreatedDatabaseBelongsToTheConfiguredUser() {
        String name = unique("tortoise_owned_");
        Map<String, Object> credentials = DB.credentials();
        credentials.put("database", name);
        provider().createDatabase(credentials);
        try {
            assertEquals(List.of(Map.of("owner", credentials.get("user"))), DB.client().executeQueryDict(
                    "SELECT pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname = ?", name));
            try (DbClient client = provider().createClient("created", credentials)) {
                assertEquals(name, client.executeQueryDict("SELECT current_database() AS db").get(0).get("db"));
            }
        } finally {
            provider().dropDatabase(credentials);
        }
    }

    @Test
    void defaultsComeFromTheCredentialKeys() {
        PostgresSettings defaults = PostgresSettings.from("d", Map.of());
        assertEquals("localhost:5432", defaults.server().hostAndPort());
        assertNull(defaults.server().password());
        assertEquals(1, defaults.server().minSize());
        assertEquals(5, defaults.server().maxSize());
        assertEquals("10", defaults.driverProperties().getProperty("connectTimeout"));
        assertNull(defaults.server().sslMode(), "absent: pgjdbc's default (prefer)");
        assertEquals("3", PostgresSettings.from("d", Map.of("timeout", 2.5)).driverProperties()
                .getProperty("connectTimeout"), "whole seconds, rounded up");
        assertEquals("require", PostgresSettings.from("d", Map.of("ssl", true)).server().sslMode());
        assertEquals("verify-full", PostgresSettings.from("d", Map.of("ssl", "verify-full")).server().sslMode());
    }
}
