package dev.tortoise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tortoise.exceptions.ConfigurationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** TORTOISE-SPEC §2.7 (upstream's test_db_url.py) and §2.1–2.5, with API.md decision 3. */
class DbUrlTest {

    private static final String SQLITE = "tortoise.backends.sqlite";
    private static final String POSTGRES = "tortoise.backends.postgres";
    private static final String MYSQL = "tortoise.backends.mysql";

    /** Builds an ordered map from key, value pairs; values may be null. */
    static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    private static ConfigurationException fails(String url) {
        return assertThrows(ConfigurationException.class, () -> DbUrl.expand(url));
    }

    // --- #1 unknown scheme -------------------------------------------------------------------

    @Test
    void case01UnknownSchemeNamesItAndListsTheValidOnes() {
        ConfigurationException e = fails("moo://baa");
        assertTrue(e.getMessage().startsWith("Unknown DB scheme: moo"), e.getMessage());
        assertTrue(e.getMessage().contains("sqlite, postgres, postgresql, asyncpg, psycopg, mysql, mariadb"), e.getMessage());
    }

    // --- sqlite: #2 – #7 and §2.4 ---------------------------------------------------------------

    @Test
    void case02AbsoluteSqlitePath() {
        ConnectionConfig config = DbUrl.expand("sqlite:///some/test.sqlite");
        assertEquals(SQLITE, config.engine());
        assertEquals(map("journal_mode", "WAL", "journal_size_limit", 16384, "file_path", "/some/test.sqlite"),
                config.credentials());
        assertEquals(List.of("journal_mode", "journal_size_limit", "file_path"), new ArrayList<>(config.credentials().keySet()));
    }

    @Test
    void case03SqliteWithoutPath() {
        assertTrue(fails("sqlite://").getMessage().startsWith("No path specified for DB_URL"));
    }

    @Test
    void case04RelativeSqlitePath() {
        assertEquals(map("journal_mode", "WAL", "journal_size_limit", 16384, "file_path", "test.sqlite"),
                DbUrl.expand("sqlite://test.sqlite").credentials());
    }

    @Test
    void case05SqlitePathWithDirectory() {
        assertEquals("data/db.sqlite", DbUrl.expand("sqlite://data/db.sqlite").credentials().get("file_path"));
    }

    @Test
    void case06SqliteTestingPlaceholder() {
        Map<String, Object> credentials = DbUrl.expand("sqlite:///some/test-{}.sqlite", true).credentials();
        String path = (String) credentials.get("file_path");
        assertTrue(path.startsWith("/some/test-") && path.endsWith(".sqlite"), path);
        assertNotEquals("/some/test-{}.sqlite", path);
        assertTrue(path.matches("/some/test-[0-9a-f]{32}\\.sqlite"), path);
        assertEquals("WAL", credentials.get("journal_mode"));
        assertEquals(16384, credentials.get("journal_size_limit"));
    }

    @Test
    void case07SqliteQueryKeysAreStringsExceptDeclaredOnes() {
        Map<String, Object> credentials =
                DbUrl.expand("sqlite:///some/test.sqlite?AHA=5&moo=yes&journal_mode=TRUNCATE").credentials();
        assertEquals(map("journal_mode", "TRUNCATE", "journal_size_limit", 16384, "AHA", "5", "moo", "yes",
                "file_path", "/some/test.sqlite"), credentials);
        assertEquals(List.of("journal_mode", "journal_size_limit", "AHA", "moo", "file_path"),
                new ArrayList<>(credentials.keySet()));
    }

    // --- postgres family: #8 – #14, #29 --------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "postgresql", "asyncpg", "psycopg", "POSTGRES", "PostgreSQL"})
    void case08PostgresFullUrl(String scheme) {
        ConnectionConfig config = DbUrl.expand(scheme + "://postgres:moo@127.0.0.1:54321/test");
        assertEquals(POSTGRES, config.engine());
        assertEquals(map("port", 54321, "database", "test", "host", "127.0.0.1", "user", "postgres", "password", "moo"),
                config.credentials());
        assertEquals(List.of("port", "database", "host", "user", "password"), new ArrayList<>(config.credentials().keySet()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "postgresql", "asyncpg", "psycopg"})
    void case09PostgresEncodedPassword(String scheme) {
        assertEquals("kx%jj5/g", DbUrl.expand(scheme + "://postgres:kx%25jj5%2Fg@127.0.0.1:54321/test")
                .credentials().get("password"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "postgresql", "asyncpg", "psycopg"})
    void case10PostgresWithoutDatabase(String scheme) {
        assertEquals(map("port", 54321, "database", null, "host", "127.0.0.1", "user", "postgres", "password", "moo"),
                DbUrl.expand(scheme + "://postgres:moo@127.0.0.1:54321").credentials());
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "postgresql", "asyncpg", "psycopg"})
    void case11PostgresDefaultPortNoPassword(String scheme) {
        assertEquals(map("port", 5432, "database", "test", "host", "127.0.0.1", "user", "postgres", "password", null),
                DbUrl.expand(scheme + "://postgres@127.0.0.1/test").credentials());
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "postgresql", "asyncpg", "psycopg"})
    void case12PostgresBadPort(String scheme) {
        ConfigurationException e = fails(scheme + "://postgres:@127.0.0.1:moo/test");
        assertTrue(e.getMessage().startsWith("Port is not an integer"), e.getMessage());
        assertTrue(e.getMessage().contains("\"moo\""), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "postgresql", "asyncpg", "psycopg"})
    void case13PostgresTestingPlaceholder(String scheme) {
        Map<String, Object> credentials =
                DbUrl.expand(scheme + "://postgres@127.0.0.1:5432/test_\\{\\}", true).credentials();
        String database = (String) credentials.get("database");
        assertTrue(database.matches("test_[0-9a-f]{32}"), database);
        assertNull(credentials.get("password"));
        assertEquals(5432, credentials.get("port"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "postgresql", "asyncpg", "psycopg"})
    void case14PostgresUnknownQueryKeysStayStrings(String scheme) {
        assertEquals(map("port", 5432, "AHA", "5", "moo", "yes", "database", "test", "host", "127.0.0.1",
                        "user", "postgres", "password", null),
                DbUrl.expand(scheme + "://postgres@127.0.0.1:5432/test?AHA=5&moo=yes").credentials());
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "postgresql", "asyncpg", "psycopg"})
    void case29PlusIsKeptInPasswords(String scheme) {
        assertEquals("p+ss+word", DbUrl.expand(scheme + "://postgres:p%2Bss+word@127.0.0.1:54321/test")
                .credentials().get("password"));
    }

    // --- mysql: #15 – #21, #25 – #28 ------------------------------------------------------------

    @Test
    void case15MysqlEmptyPassword() {
        ConnectionConfig config = DbUrl.expand("mysql://root:@127.0.0.1:33060/test");
        assertEquals(MYSQL, config.engine());
        assertEquals(map("port", 33060, "charset", "utf8mb4", "sql_mode", "STRICT_TRANS_TABLES", "database", "test",
                "host", "127.0.0.1", "user", "root", "password", ""), config.credentials());
        assertEquals(List.of("port", "charset", "sql_mode", "database", "host", "user", "password"),
                new ArrayList<>(config.credentials().keySet()));
    }

    @Test
    void case16MysqlEncodedPassword() {
        assertEquals("kx%jj5/g", DbUrl.expand("mysql://root:kx%25jj5%2Fg@127.0.0.1:33060/test").credentials().get("password"));
    }

    @Test
    void case17MysqlWithoutDatabase() {
        Map<String, Object> credentials = DbUrl.expand("mysql://root:@127.0.0.1:33060").credentials();
        assertTrue(credentials.containsKey("database"));
        assertNull(credentials.get("database"));
        assertEquals("", credentials.get("password"));
    }

    @Test
    void case18MysqlDefaultPortAndMissingPassword() {
        Map<String, Object> credentials = DbUrl.expand("mysql://root@127.0.0.1/test").credentials();
        assertEquals(3306, credentials.get("port"));
        assertEquals("", credentials.get("password"));
    }

    @Test
    void case19MysqlBadPort() {
        assertTrue(fails("mysql://root:@127.0.0.1:moo/test").getMessage().startsWith("Port is not an integer"));
    }

    @Test
    void case20MysqlTestingPlaceholder() {
        String database = (String) DbUrl.expand("mysql://root:@127.0.0.1:3306/test_\\{\\}", true)
                .credentials().get("database");
        assertTrue(database.matches("test_[0-9a-f]{32}"), database);
    }

    @Test
    void case21MysqlTypedQueryKeys() {
        Map<String, Object> credentials = DbUrl.expand("mysql://root:@127.0.0.1:3306/test?AHA=5&moo=yes&maxsize=20"
                + "&minsize=5&connect_timeout=1.5&echo=1&ssl=True").credentials();
        assertEquals(map("port", 3306, "charset", "utf8mb4", "sql_mode", "STRICT_TRANS_TABLES", "AHA", "5", "moo", "yes",
                "maxsize", 20, "minsize", 5, "connect_timeout", 1.5, "echo", true, "ssl", true, "database", "test",
                "host", "127.0.0.1", "user", "root", "password", ""), credentials);
    }

    @Test
    void case25BracketsInPassword() {
        Map<String, Object> credentials =
                DbUrl.expand("mysql://some_user:ADM[r$VIS]@test-rds.somedata.net:3306/mydb?charset=utf8mb4").credentials();
        assertEquals("ADM[r$VIS]", credentials.get("password"));
        assertEquals("test-rds.somedata.net", credentials.get("host"));
        assertEquals("mydb", credentials.get("database"));
        assertEquals("some_user", credentials.get("user"));
    }

    @Test
    void case26UnbalancedBracketInPassword() {
        Map<String, Object> credentials =
                DbUrl.expand("mysql://fail_user:DMK_15[ZWIN6@test-rds.somedata.net:3306/mydb2?charset=utf8mb4").credentials();
        assertEquals("DMK_15[ZWIN6", credentials.get("password"));
        assertEquals("mydb2", credentials.get("database"));
    }

    @Test
    void case27LonePercentIsDecodedAsAByte() {
        assertNotEquals("foo%bar", DbUrl.expand("mysql://user:foo%bar@127.0.0.1:3306/mydb").credentials().get("password"));
    }

    @Test
    void case28EncodedPercent() {
        assertEquals("foo%bar", DbUrl.expand("mysql://user:foo%25bar@127.0.0.1:3306/mydb").credentials().get("password"));
    }

    // --- §2.6 generate_config: #22 – #24 --------------------------------------------------------

    @Test
    void case22GenerateConfig() {
        TortoiseConfig config = DbUrl.generateConfig("sqlite:///some/test.sqlite",
                Map.of("models", List.of("one.models", "two.models")), null, false);
        assertEquals(List.of("default"), new ArrayList<>(config.connections().keySet()));
        assertEquals(DbUrl.expand("sqlite:///some/test.sqlite"), config.connection("default"));
        assertEquals(Map.of("models", new AppConfig("models", List.of("one.models", "two.models"), "default")),
                config.apps());
    }

    @Test
    void case23GenerateConfigWithLabelAndTesting() {
        TortoiseConfig config = DbUrl.generateConfig("sqlite:///some/test-{}.sqlite",
                Map.of("models", List.of("one.models", "two.models")), "models", true);
        assertEquals(List.of("models"), new ArrayList<>(config.connections().keySet()));
        assertEquals("models", config.apps().get("models").defaultConnection());
        assertTrue(((String) config.connection("models").credentials().get("file_path")).matches("/some/test-[0-9a-f]{32}\\.sqlite"));
    }

    @Test
    void case24TwoAppsShareTheDefaultConnection() {
        Map<String, List<String>> modules = new LinkedHashMap<>();
        modules.put("models", List.of("one.models", "two.models"));
        modules.put("peanuts", List.of("peanut.models"));
        TortoiseConfig config = TortoiseConfig.fromDbUrl("sqlite:///some/test.sqlite", modules);
        assertEquals(List.of("models", "peanuts"), new ArrayList<>(config.apps().keySet()));
        assertEquals(new AppConfig("peanuts", List.of("peanut.models"), "default"), config.apps().get("peanuts"));
        assertEquals("default", config.apps().get("models").defaultConnection());
    }

    @Test
    void generateConfigNeedsModules() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> TortoiseConfig.fromDbUrl("sqlite://db.sqlite3", Map.of()));
        assertTrue(e.getMessage().startsWith("You must specify \"db_url\" and \"modules\" together"), e.getMessage());
    }
}
