package dev.tortoise;

import static dev.tortoise.DbUrlTest.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tortoise.exceptions.ConfigurationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** TORTOISE-SPEC §2.1–§2.4 beyond upstream's own tests: the extra cases, typed keys, and API.md decision 3. */
class DbUrlRulesTest {

    private static final String POSTGRES = "tortoise.backends.postgres";
    private static final String MYSQL = "tortoise.backends.mysql";

    private static ConfigurationException fails(String url) {
        return assertThrows(ConfigurationException.class, () -> DbUrl.expand(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mssql://sa:pw@h/db", "oracle://u:p@h/db", "sqlite3://db", "http://x"})
    void schemesWithoutBackendAreUnknown(String url) {
        assertTrue(fails(url).getMessage().startsWith("Unknown DB scheme: " + url.substring(0, url.indexOf(':'))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void anEmptyUrlIsAnError(String url) {
        assertTrue(fails(url).getMessage().startsWith("DBUrlConfig.url must be a non-empty string"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mydata.file", "./data/x.db"})
    void aUrlWithoutSchemeSaysHowToWriteOneAndDoesNotEchoIt(String url) {
        String message = fails(url).getMessage();
        assertTrue(message.startsWith("Unknown DB scheme: the DB URL has none; it must start with one of sqlite, "),
                message);
        assertTrue(message.endsWith(" followed by ://, for example sqlite://db.sqlite3,"
                + " postgres://user:password@localhost:5432/db or mysql://user:password@localhost:3306/db"), message);
        assertFalse(message.contains(url), message);
    }

    @Test
    void aMistypedSchemeGetsASuggestion() {
        assertTrue(fails("postgress://u@h/db").getMessage().startsWith(
                "Unknown DB scheme: postgress (did you mean \"postgres\"?) (valid schemes: "));
    }

    @Test
    void sqlitePathForms() {
        assertEquals("db.sqlite3", DbUrl.expand("sqlite://db.sqlite3").credentials().get("file_path"));
        assertEquals("./data/db.sqlite3", DbUrl.expand("sqlite://./data/db.sqlite3").credentials().get("file_path"));
        assertEquals("C:/data/db.sqlite", DbUrl.expand("sqlite://C:/data/db.sqlite").credentials().get("file_path"));
        assertEquals("db.sqlite3", DbUrl.expand("sqlite:db.sqlite3").credentials().get("file_path"));
        assertEquals(":memory:", DbUrl.expand("sqlite://:memory:").credentials().get("file_path"));
        assertEquals("/:memory:", DbUrl.expand("sqlite:///:memory:").credentials().get("file_path"));
        assertEquals("/", DbUrl.expand("sqlite:///").credentials().get("file_path"));
        assertEquals("my%20db", DbUrl.expand("sqlite://my%20db").credentials().get("file_path"));
    }

    @Test
    void sqliteTypedQueryKeys() {
        Map<String, Object> credentials =
                DbUrl.expand("sqlite://db?journal_size_limit=100&install_regexp_functions=YES&a=1&a=2").credentials();
        assertEquals(100, credentials.get("journal_size_limit"));
        assertEquals(Boolean.TRUE, credentials.get("install_regexp_functions"));
        assertEquals("2", credentials.get("a"));
    }

    @Test
    void postgresTypedQueryKeys() {
        Map<String, Object> credentials = DbUrl.expand("postgres://u@h/db?min_size=2&max_size=9&timeout=30"
                + "&max_inactive_connection_lifetime=1.5&ssl=off&schema=app&application_name=my+app&minsize=3").credentials();
        assertEquals(2, credentials.get("min_size"));
        assertEquals(9, credentials.get("max_size"));
        assertEquals(30.0, credentials.get("timeout"));
        assertEquals(1.5, credentials.get("max_inactive_connection_lifetime"));
        assertEquals(Boolean.FALSE, credentials.get("ssl"));
        assertEquals("app", credentials.get("schema"));
        assertEquals("my app", credentials.get("application_name"));
        assertEquals(3, credentials.get("minsize"));
    }

    @Test
    void mariadbSchemeIsMysql() {
        ConnectionConfig config = DbUrl.expand("MariaDB://root@localhost/test");
        assertEquals(MYSQL, config.engine());
        assertEquals("utf8mb4", config.credentials().get("charset"));
        assertEquals(3306, config.credentials().get("port"));
    }

    @Test
    void postgresWithoutHost() {
        assertEquals(map("port", 5432, "database", "somedb", "host", null, "user", null, "password", null),
                DbUrl.expand("postgres:///somedb").credentials());
    }

    @Test
    void postgresWithNothing() {
        assertEquals(map("port", 5432, "database", null, "host", null, "user", null, "password", null),
                DbUrl.expand("postgres://").credentials());
    }

    @Test
    void hostIsLowercasedAndIpv6Unbracketed() {
        assertEquals("localhost", DbUrl.expand("postgres://u:p@LOCALHOST:5432/db").credentials().get("host"));
        Map<String, Object> ipv6 = DbUrl.expand("postgres://u:p@[::1]:5433/db").credentials();
        assertEquals("::1", ipv6.get("host"));
        assertEquals(5433, ipv6.get("port"));
    }

    @Test
    void portOutOfRangeIsNotAnInteger() {
        ConfigurationException e = fails("mysql://u:p@h:99999/db");
        assertTrue(e.getMessage().startsWith("Port is not an integer: \"99999\""), e.getMessage());
    }

    @Test
    void portZeroKeepsTheDefault() {
        assertEquals(5432, DbUrl.expand("postgres://u@h:0/db").credentials().get("port"));
    }

    @Test
    void userinfoSplitsAtLastAtAndFirstColon() {
        assertEquals("p@ss", DbUrl.expand("postgres://u:p@ss@h/db").credentials().get("password"));
        assertEquals("h", DbUrl.expand("postgres://u:p@ss@h/db").credentials().get("host"));
        assertEquals("a:b", DbUrl.expand("postgres://u:a:b@h/db").credentials().get("password"));
    }

    @Test
    void userIsNotDecodedButDatabaseKeepsSlashes() {
        Map<String, Object> credentials = DbUrl.expand("postgres://us%40er:p@h/db/extra#fragment").credentials();
        assertEquals("us%40er", credentials.get("user"));
        assertEquals("db/extra", credentials.get("database"));
        assertEquals("my%20db", DbUrl.expand("postgres://u@h/my%20db").credentials().get("database"));
    }

    @Test
    void emptyUserAndPasswordAreNullOnPostgres() {
        Map<String, Object> credentials = DbUrl.expand("postgres://:@h/db").credentials();
        assertNull(credentials.get("user"));
        assertNull(credentials.get("password"));
    }

    @Test
    void queryRules() {
        Map<String, Object> credentials =
                DbUrl.expand("postgres://u@h/db?ssl=&schema=a&schema=b&novalue&database=x&port=6000").credentials();
        assertFalse(credentials.containsKey("ssl"), "blank values are dropped");
        assertFalse(credentials.containsKey("novalue"));
        assertEquals("b", credentials.get("schema"));
        assertEquals("db", credentials.get("database"), "the path wins over ?database=");
        assertEquals(6000, credentials.get("port"), "?port= survives when the URL has no port, typed");
        assertEquals(5433, DbUrl.expand("postgres://u@h:5433/db?port=6000").credentials().get("port"));
        assertEquals("latin1", DbUrl.expand("mysql://u@h/db?charset=latin1").credentials().get("charset"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "1", "yes", "on", "TRUE", "Yes", "ON"})
    void trueWords(String word) {
        assertEquals(Boolean.TRUE, DbUrl.expand("mysql://u@h/db?echo=" + word).credentials().get("echo"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "0", "no", "off", "False", "NO", "Off"})
    void falseWords(String word) {
        assertEquals(Boolean.FALSE, DbUrl.expand("postgres://u@h/db?ssl=" + word).credentials().get("ssl"));
    }

    @Test
    void otherBooleanWordsAreRejectedNamingTheKey() {
        ConfigurationException e = fails("postgres://u@h/db?ssl=require");
        assertTrue(e.getMessage().contains("\"ssl\""), e.getMessage());
        assertTrue(e.getMessage().contains("true/1/yes/on or false/0/no/off"), e.getMessage());
        assertTrue(e.getMessage().contains("\"require\""), e.getMessage());
    }

    @Test
    void badNumbersAreRejectedNamingTheKey() {
        ConfigurationException e = fails("postgres://u@h/db?timeout=abc");
        assertEquals("Credential \"timeout\" must be a number, got \"abc\"", e.getMessage());
        assertEquals("Credential \"maxsize\" must be an integer, got \"1.5\"",
                fails("mysql://u@h/db?maxsize=1.5").getMessage());
    }

    @Test
    void messagesNeverContainThePassword() {
        for (String url : List.of("postgres://user:s3cretPw@h:moo/db", "mysql://user:s3cretPw@h:99999/db",
                "mysql://user:s3cretPw@h/db?echo=perhaps", "postgres://user:s3cretPw@[::1/db",
                "moo://user:s3cretPw@h/db", "postgres://user:s3cretPw@h/db?server_settings=x")) {
            ConfigurationException e = fails(url);
            assertFalse(e.getMessage().contains("s3cretPw"), e.getMessage());
        }
    }

    @Test
    void expandedConfigMasksThePassword() {
        ConnectionConfig config = DbUrl.expand("postgres://user:s3cretPw@h/db");
        assertFalse(config.toString().contains("s3cretPw"), config.toString());
        assertTrue(config.toString().contains("password=***"), config.toString());
    }
}
