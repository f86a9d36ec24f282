package dev.tortoise.backend.sqlite;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.exceptions.DbConnectionException;
import dev.tortoise.exceptions.IntegrityException;
import dev.tortoise.spi.jdbc.JdbcClient;
import dev.tortoise.spi.BackendProvider;
import dev.tortoise.spi.DbClient;
import dev.tortoise.testing.BackendContract;
import dev.tortoise.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The backend contract on SQLite, and what is particular to it: files, PRAGMAs, the in-memory database. */
class SqliteBackendTest extends BackendContract {

    @RegisterExtension
    static final TestDatabase DB = TestDatabase.sqlite();

    @TempDir
    Path folder;

    private final List<DbClient> clients = new ArrayList<>();
    private final BackendProvider provider = new SqliteBackendProvider();

    @Override
    protected Set<String> expectedAliases() {
        return Set.of("sqlite");
    }

    @Override
    protected String expectedDialect() {
        return "sqlite";
    }

    @AfterEach
    void closeClients() {
        clients.forEach(DbClient::close);
    }

    private DbClient client(Map<String, Object> credentials) {
        DbClient client = provider.createClient("default", credentials);
        clients.add(client);
        return client;
    }

    private DbClient client(Path file) {
        return client(Map.of("file_path", file.toString()));
    }

    private static Object pragma(DbClient client, String name) {
        return client.executeQueryDict("PRAGMA " + name).get(0).values().iterator().next();
    }

    @Test
    void creatingAClientOpensNothingAndTheFirstCallCreatesTheFile() {
        Path file = folder.resolve("lazy.sqlite3");
        DbClient client = client(file);
        assertFalse(Files.exists(file), "creating the client created the file");
        assertFalse(((JdbcClient) client).connectionSource().isStarted());
        client.executeQueryDict("SELECT 1");
        assertTrue(Files.exists(file));
        assertTrue(((JdbcClient) client).connectionSource().isStarted());
    }

    @Test
    void theDeclaredPragmaDefaultsApply() {
        DbClient client = client(folder.resolve("defaults.sqlite3"));
        assertEquals("wal", pragma(client, "journal_mode"));
        assertEquals(16384, pragma(client, "journal_size_limit"));
        assertEquals(1, pragma(client, "foreign_keys"));
        assertEquals(0, pragma(client, "busy_timeout"), "waits happen in Java, not in SQLite's handler");
    }

    @Test
    void everyOtherCredentialIsAPragma() {
        Map<String, Object> credentials = new HashMap<>();
        credentials.put("file_path", folder.resolve("pragmas.sqlite3").toString());
        credentials.put("journal_mode", "TRUNCATE");
        credentials.put("journal_size_limit", 32768);
        credentials.put("synchronous", "NORMAL");
        credentials.put("cache_size", -4000);
        credentials.put("foreign_keys", false);
        credentials.put("connection_name", "default");
        credentials.put("fetch_inserted", true);
        credentials.put("busy_timeout", 100);
        DbClient client = client(credentials);
        assertEquals("truncate", pragma(client, "journal_mode"));
        assertEquals(32768, pragma(client, "journal_size_limit"));
        assertEquals(1, pragma(client, "synchronous"));
        assertEquals(-4000, pragma(client, "cache_size"));
        assertEquals(0, pragma(client, "foreign_keys"));
        assertEquals(0, pragma(client, "busy_timeout"), "busy_timeout is how long Java retries, not a PRAGMA");
    }

    @Test
    void busyTimeoutIsMillisecondsReadThroughItsCredentialKey() {
        assertEquals(java.time.Duration.ofMillis(5000), SqliteSettings.from("d", Map.of("file_path", ":memory:")).busyBudget());
        assertEquals(java.time.Duration.ofMillis(250),
                SqliteSettings.from("d", Map.of("file_path", ":memory:", "busy_timeout", "250")).busyBudget());
        ConfigurationException notANumber = assertThrows(ConfigurationException.class, () -> provider.createClient("slow",
                Map.of("file_path", ":memory:", "busy_timeout", "soon")));
        assertTrue(notANumber.getMessage().contains("\"busy_timeout\" must be an integer"), notANumber.getMessage());
        assertTrue(notANumber.getMessage().contains("'slow'"), notANumber.getMessage());
        ConfigurationException negative = assertThrows(ConfigurationException.class, () -> provider.createClient("slow",
                Map.of("file_path", ":memory:", "busy_timeout", -1)));
        assertTrue(negative.getMessage().contains("0 or more milliseconds"), negative.getMessage());
    }

    @Test
    void aPragmaValueThatIsNotAWordIsRefusedNamingTheKey() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> provider.createClient("default",
                Map.of("file_path", "x.sqlite3", "journal_mode", "WAL; DROP TABLE t")));
        assertTrue(e.getMessage().contains("\"journal_mode\""), e.getMessage());
        assertTrue(e.getMessage().contains("'default'"), e.getMessage());
    }

    @Test
    void aMissingFilePathIsAConfigurationError() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> provider.createClient("main", Map.of("journal_mode", "WAL")));
        assertTrue(e.getMessage().contains("\"file_path\""), e.getMessage());
        assertTrue(e.getMessage().contains("'main'"), e.getMessage());
    }

    @Test
    void foreignKeysAreEnforced() {
        DbClient client = client(folder.resolve("fk.sqlite3"));
        client.executeScript("CREATE TABLE parent (id INTEGER PRIMARY KEY);"
                + "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INT NOT NULL REFERENCES parent (id));");
        IntegrityException e = assertThrows(IntegrityException.class,
                () -> client.executeInsert("INSERT INTO child (parent_id) VALUES (?)", 42));
        assertTrue(e.getMessage().contains("FOREIGN KEY"), e.getMessage());
    }

    @Test
    void aScriptKeepsATriggerBodyWhole() {
        DbClient client = client(folder.resolve("trigger.sqlite3"));
        client.executeScript("CREATE TABLE t (id INTEGER PRIMARY KEY, n INT);\n"
                + "CREATE TABLE log (what TEXT);\n"
                + "CREATE TRIGGER counted AFTER INSERT ON t BEGIN\n"
                + "  INSERT INTO log (what) VALUES ('inserted; ' || NEW.n);\n"
                + "  UPDATE t SET n = CASE WHEN NEW.n > 5 THEN 5 ELSE NEW.n END WHERE id = NEW.id;\n"
                + "END;\n"
                + "INSERT INTO t (n) VALUES (7);");
        assertEquals(List.of(Map.of("what", "inserted; 7")), client.executeQueryDict("SELECT what FROM log"));
        assertEquals(List.of(Map.of("n", 5)), client.executeQueryDict("SELECT n FROM t"));
    }

    @Test
    void memoryIsOneDatabaseForTheLifeOfTheClient() throws Exception {
        DbClient client = client(Map.of("file_path", ":memory:"));
        client.executeScript("CREATE TABLE kept (id INTEGER PRIMARY KEY, name TEXT)");
        assertEquals(1L, client.executeInsert("INSERT INTO kept (name) VALUES (?)", "a"));
        Object[] seen = new Object[1];
        Thread.ofVirtual().start(() -> seen[0] = client.executeQueryDict("SELECT name FROM kept").get(0).get("name"))
                .join();
        assertEquals("a", seen[0], "another thread sees the same in-memory database");
        DbClient other = client(Map.of("file_path", ":memory:"));
        assertThrows(dev.tortoise.exceptions.OperationalException.class,
                () -> other.executeQueryDict("SELECT * FROM kept"), "two clients, two databases");
    }

    @Test
    void aRelativePathIsResolvedAgainstTheWorkingDirectory() {
        String name = unique("relative-") + ".sqlite3";
        Path expected = Path.of(System.getProperty("user.dir")).resolve(name);
        Map<String, Object> credentials = Map.of("file_path", name);
        try {
            client(credentials).executeQueryDict("SELECT 1");
            assertTrue(Files.exists(expected), expected + " was not created");
        } finally {
            clients.forEach(DbClient::close);
            provider.dropDatabase(credentials);
        }
        assertFalse(Files.exists(expected));
    }

    @Test
    void aFileThatCannotBeOpenedFailsTheFirstCallNamingTheFileAndAlias() {
        Path file = folder.resolve("missing-folder").resolve("db.sqlite3");
        DbClient client = client(file);
        DbConnectionException e = assertThrows(DbConnectionException.class, () -> client.executeQueryDict("SELECT 1"));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("'default'"), e.getMessage());
    }

    @Test
    void dropDatabaseDeletesTheFileAndItsCompanions() {
        Path file = folder.resolve("dropped.sqlite3");
        Map<String, Object> credentials = Map.of("file_path", file.toString());
        provider.createDatabase(credentials);
        assertFalse(Files.exists(file), "SQLite creates nothing ahead of use");
        DbClient client = client(credentials);
        client.executeScript("CREATE TABLE t (id INTEGER PRIMARY KEY)");
        assertTrue(Files.exists(Path.of(file + "-wal")));
        client.close();
        provider.dropDatabase(credentials);
        assertFalse(Files.exists(file));
        assertFalse(Files.exists(Path.of(file + "-wal")));
        assertFalse(Files.exists(Path.of(file + "-shm")));
        provider.dropDatabase(credentials);
        provider.dropDatabase(Map.of("file_path", ":memory:"));
    }
}
