package dev.tortoise.backend.mysql;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.exceptions.DbConnectionException;
import dev.tortoise.spi.jdbc.JdbcClient;
import dev.tortoise.spi.DbClient;
import dev.tortoise.testing.RequiresMysql;
import dev.tortoise.testing.ServerBackendContract;
import dev.tortoise.testing.TestDatabase;
import dev.tortoise.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The server backend contract on MySQL/MariaDB, and what is particular to it: session variables, logins. */
@RequiresMysql
class MysqlBackendTest extends ServerBackendContract {

    @RegisterExtension
    static final TestDatabase DB = TestDatabase.mysql();

    @Override
    protected Set<String> expectedAliases() {
        return Set.of("mysql", "mariadb");
    }

    @Override
    protected String expectedDialect() {
        return "mysql";
    }

    @Override
    protected String databaseExistsQuery() {
        return "SELECT SCHEMA_NAME AS s FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?";
    }

    private static long sessionsOn(String database) {
        return ((Number) DB.client().executeQueryDict(
                "SELECT COUNT(*) AS n FROM information_schema.PROCESSLIST WHERE DB = ?", database)
                .get(0).get("n")).longValue();
    }

    private static Map<String, Object> session(DbClient client) {
        return client.executeQueryDict("SELECT @@SESSION.sql_mode AS mode, @@character_set_connection AS cs,"
                + " @@SESSION.default_storage_engine AS engine").get(0);
    }

    @Test
    void creatingAClientOpensNoConnectionUntilTheFirstCall() throws Exception {
        String database = unique("tortoise_lazy_");
        Map<String, Object> credentials = TestServer.MYSQL.credentials(database);
        provider().createDatabase(credentials);
        try {
            DbClient client = DB.closeAfter(provider().createClient("lazy", credentials));
            Thread.sleep(100);
            assertEquals(0, sessionsOn(database), "creating the client connected");
            assertFalse(((JdbcClient) client).connectionSource().isStarted());
            client.executeQueryDict("SELECT 1");
            assertTrue(sessionsOn(database) >= 1);
            client.close();
        } finally {
            provider().dropDatabase(credentials);
        }
    }

    @Test
    void aWrongPasswordIsAConnectionFailureThatDoesNotShowIt() {
        Map<String, Object> credentials = new HashMap<>(DB.credentials());
        credentials.put("password", "wr0ng-Secret");
        DbClient client = provider().createClient("denied", credentials);
        try {
            DbConnectionException e = assertThrows(DbConnectionException.class, client::ping);
            assertTrue(e.getMessage().contains("'denied'"), e.getMessage());
            assertTrue(e.getMessage().contains("Access denied"), e.getMessage());
            assertFalse(e.getMessage().contains("wr0ng-Secret"), e.getMessage());
        } finally {
            client.close();
        }
    }

    @Test
    void sqlModeCharsetAndStorageEngineApplyToEverySession() {
        Map<String, Object> row = session(DB.client());
        assertEquals("STRICT_TRANS_TABLES", row.get("mode"));
        assertEquals("utf8mb4", row.get("cs"));
        assertEquals("InnoDB", row.get("engine"), "the server's default");
        DbClient custom = DB.newClient("custom", Map.of("sql_mode", "ANSI_QUOTES,STRICT_ALL_TABLES",
                "charset", "latin1", "storage_engine", "MyISAM"));
        row = session(custom);
        assertEquals("ANSI_QUOTES,STRICT_ALL_TABLES", row.get("mode"));
        assertEquals("latin1", row.get("cs"));
        assertEquals("MyISAM", row.get("engine"));
    }

    @Test
    void textRoundTripsAsUnicode() {
        DB.client().executeScript("CREATE TABLE texts (t VARCHAR(20)) CHARACTER SET utf8mb4");
        DB.client().executeUpdate("INSERT INTO texts VALUES (?)", "Grüße 🐢");
        assertEquals("Grüße 🐢", DB.client().executeQueryDict("SELECT t FROM texts").get(0).get("t"));
    }

    @Test
    void namesWrittenIntoTheSessionMustBeWords() {
        for (String key : List.of("charset", "storage_engine")) {
            ConfigurationException e = assertThrows(ConfigurationException.class,
                    () -> provider().createClient("bad", Map.of(key, "utf8'; DROP")));
            assertTrue(e.getMessage().contains("\"" + key + "\""), e.getMessage());
            assertTrue(e.getMessage().contains("'bad'"), e.getMessage());
        }
    }

    @Test
    void defaultsComeFromTheCredentialKeys() {
        MysqlSettings defaults = MysqlSettings.from("d", Map.of());
        assertEquals("localhost:3306", defaults.server().hostAndPort());
        assertEquals("", defaults.server().password(), "upstream: a MySQL password is empty when not given");
        assertEquals(1, defaults.server().minSize());
        assertEquals(5, defaults.server().maxSize());
        assertTrue(defaults.jdbcUrl(null).contains("&connectTimeout=30000"), defaults.jdbcUrl(null));
        assertEquals(1_800_000, defaults.maxLifetimeMillis());
        assertNull(defaults.server().sslMode(), "absent: the driver's default");
        assertEquals(0, MysqlSettings.from("d", Map.of("pool_recycle", -1)).maxLifetimeMillis(), "never");
        assertEquals(30_000, MysqlSettings.from("d", Map.of("pool_recycle", 5)).maxLifetimeMillis(), "Hikari's least");
        assertTrue(MysqlSettings.from("d", Map.of("connect_timeout", 1.5)).jdbcUrl(null).contains("&connectTimeout=1500"));
        assertEquals("trust", MysqlSettings.from("d", Map.of("ssl", true)).server().sslMode());
    }

    @Test
    void aTableWithoutAutoIncrementGivesNoKey() {
        DB.client().executeScript("CREATE TABLE keyless (code VARCHAR(5) PRIMARY KEY)");
        assertNull(DB.client().executeInsert("INSERT INTO keyless VALUES (?)", "a"));
    }

    @Test
    void aBackslashInAScriptsStringDoesNotSplitIt() {
        DB.client().executeScript("CREATE TABLE quips (q TEXT); INSERT INTO quips VALUES ('it\\'s; here')");
        assertEquals("it's; here", DB.client().executeQueryDict("SELECT q FROM quips").get(0).get("q"));
    }
}
