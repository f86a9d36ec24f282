package dev.tortoise.backend.mysql;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.exceptions.DbConnectionException;
import dev.tortoise.exceptions.OperationalException;
import dev.tortoise.internal.jdbc.JdbcClient;
import dev.tortoise.internal.jdbc.TransactionalClient;
import dev.tortoise.spi.BackendProvider;
import dev.tortoise.spi.DbClient;
import dev.tortoise.testing.RequiresMysql;
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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What is particular to MySQL/MariaDB: lazy pools, session variables, logins, server databases. */
@RequiresMysql
class MysqlBackendTest {

    @RegisterExtension
    static final TestDatabase DB = TestDatabase.mysql();

    private final BackendProvider provider = new MysqlBackendProvider();

    private static String unique(String prefix) {
        return prefix + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }

    private static long sessionsOn(String database) {
        return ((Number) DB.client().executeQueryDict(
                "SELECT COUNT(*) AS n FROM information_schema.PROCESSLIST WHERE DB = ?", database)
                .get(0).get("n")).longValue();
    }

    @Test
    void theServiceLoaderFindsTheBackendWithItsAliases() {
        List<BackendProvider> found = ServiceLoader.load(BackendProvider.class).stream()
                .map(ServiceLoader.Provider::get).toList();
        assertEquals(1, found.size());
        assertInstanceOf(MysqlBackendProvider.class, found.get(0));
        assertEquals("tortoise.backends.mysql", provider.engine());
        assertEquals(java.util.Set.of("mysql", "mariadb"), provider.aliases());
        assertEquals("mysql", provider.dialect());
    }

    @Test
    void creatingAClientOpensNoConnectionUntilTheFirstCall() throws Exception {
        String database = unique("tortoise_lazy_");
        Map<String, Object> credentials = TestServer.MYSQL.credentials(database);
        provider.createDatabase(credentials);
        try {
            DbClient client = DB.closeAfter(provider.createClient("lazy", credentials));
            Thread.sleep(100);
            assertEquals(0, sessionsOn(database), "creating the client connected");
            assertFalse(((JdbcClient) client).connectionSource().isStarted());
            client.executeQueryDict("SELECT 1");
            assertTrue(sessionsOn(database) >= 1);
            client.close();
        } finally {
            provider.dropDatabase(credentials);
        }
    }

    @Test
    void anUnreachableServerFailsTheFirstCallWithoutThePassword() {
        Map<String, Object> credentials = new HashMap<>(TestServer.MYSQL.credentials("nowhere"));
        credentials.put("port", 1);
        credentials.put("password", "s3cret-Passw0rd");
        DbClient client = provider.createClient("offline", credentials);
        try {
            DbConnectionException e = assertThrows(DbConnectionException.class, () -> client.executeQueryDict("SELECT 1"));
            assertTrue(e.getMessage().contains("'offline'"), e.getMessage());
            assertTrue(e.getMessage().contains(TestServer.MYSQL.host() + ":1"), e.getMessage());
            assertFalse(e.getMessage().contains("s3cret-Passw0rd"), e.getMessage());
        } finally {
            client.close();
        }
    }

    @Test
    void aWrongPasswordIsAConnectionFailureThatDoesNotShowIt() {
        Map<String, Object> credentials = new HashMap<>(DB.credentials());
        credentials.put("password", "wr0ng-Secret");
        DbClient client = provider.createClient("denied", credentials);
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
    void sqlModeAndCharsetApplyToEverySession() {
        Map<String, Object> row = DB.client().executeQueryDict(
                "SELECT @@SESSION.sql_mode AS mode, @@character_set_connection AS cs").get(0);
        assertEquals("STRICT_TRANS_TABLES", row.get("mode"));
        assertEquals("utf8mb4", row.get("cs"));
        DbClient custom = DB.newClient("custom", Map.of("sql_mode", "ANSI_QUOTES,STRICT_ALL_TABLES", "charset", "latin1"));
        row = custom.executeQueryDict("SELECT @@SESSION.sql_mode AS mode, @@character_set_connection AS cs").get(0);
        assertEquals("ANSI_QUOTES,STRICT_ALL_TABLES", row.get("mode"));
        assertEquals("latin1", row.get("cs"));
    }

    @Test
    void textRoundTripsAsUnicode() {
        DB.client().executeScript("CREATE TABLE texts (t VARCHAR(20)) CHARACTER SET utf8mb4");
        DB.client().executeUpdate("INSERT INTO texts VALUES (?)", "Grüße 🐢");
        assertEquals("Grüße 🐢", DB.client().executeQueryDict("SELECT t FROM texts").get(0).get("t"));
    }

    @Test
    void aCharsetThatIsNotANameIsRefused() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> provider.createClient("bad", Map.of("charset", "utf8'; DROP")));
        assertTrue(e.getMessage().contains("\"charset\""), e.getMessage());
    }

    @Test
    void aTableWithoutAutoIncrementGivesNoKey() {
        DB.client().executeScript("CREATE TABLE keyless (code VARCHAR(5) PRIMARY KEY)");
        assertNull(DB.client().executeInsert("INSERT INTO keyless VALUES (?)", "a"));
    }

    @Test
    void createAndDropDatabase() {
        String name = unique("tortoise_created_");
        Map<String, Object> credentials = TestServer.MYSQL.credentials(name);
        String exists = "SELECT SCHEMA_NAME AS s FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?";
        provider.createDatabase(credentials);
        try {
            assertEquals(1, DB.client().executeQueryDict(exists, name).size());
            OperationalException again = assertThrows(OperationalException.class, () -> provider.createDatabase(credentials));
            assertTrue(again.getMessage().contains("exists"), again.getMessage());
        } finally {
            provider.dropDatabase(credentials);
        }
        assertEquals(List.of(), DB.client().executeQueryDict(exists, name));
        provider.dropDatabase(credentials);
    }

    @Test
    void otherThreadsUseTheirOwnConnectionsDuringATransaction() {
        String t = unique("iso_");
        DB.client().executeScript("CREATE TABLE " + t + " (id INT AUTO_INCREMENT PRIMARY KEY, name TEXT) ENGINE=InnoDB");
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
        assertEquals(List.of(Map.of("name", "child")), client.executeQueryDict("SELECT name FROM " + t));
    }
}
