package dev.tortoise.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.internal.config.Credentials;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CredentialKeyTest {

    private static final String SQLITE = "tortoise.backends.sqlite";
    private static final String POSTGRES = "tortoise.backends.postgres";
    private static final String MYSQL = "tortoise.backends.mysql";

    @Test
    void everyKeyIsDocumentedAndUnique() {
        Set<String> names = new HashSet<>();
        for (CredentialKey key : CredentialKey.values()) {
            assertTrue(names.add(key.wireName()), key.wireName());
            assertFalse(key.meaning() == null || key.meaning().isBlank(), key.name());
            assertFalse(key.engines().isEmpty(), key.name());
            assertTrue(List.of(String.class, Integer.class, Double.class, Boolean.class, Map.class).contains(key.type()));
            assertEquals(key.name().toLowerCase(), key.wireName(), "wire name follows the constant");
            for (String engine : key.engines()) {
                Object defaultValue = key.defaultFor(engine);
                assertTrue(defaultValue == null || key.type().isInstance(defaultValue), key.name());
            }
        }
        for (String required : List.of("file_path", "journal_mode", "host", "port", "user", "password", "database",
                "minsize", "maxsize", "min_size", "max_size", "schema", "charset", "sql_mode", "ssl", "connect_timeout",
                "timeout", "application_name", "pool_recycle", "echo")) {
            assertTrue(CredentialKey.byName(required).isPresent(), required);
        }
    }

    @Test
    void defaultsPerEngine() {
        assertEquals(5432, CredentialKey.PORT.defaultFor(POSTGRES));
        assertEquals(3306, CredentialKey.PORT.defaultFor("mariadb"));
        assertNull(CredentialKey.PORT.defaultFor(SQLITE));
        assertFalse(CredentialKey.PORT.appliesTo("sqlite"));
        assertTrue(CredentialKey.SCHEMA.appliesTo("postgresql"));
        assertFalse(CredentialKey.SCHEMA.appliesTo(MYSQL));
        assertEquals("WAL", CredentialKey.JOURNAL_MODE.defaultFor(SQLITE));
        assertEquals("utf8mb4", CredentialKey.CHARSET.defaultFor(MYSQL));
        assertEquals(5000, CredentialKey.BUSY_TIMEOUT.defaultFor(SQLITE));
        assertEquals("", CredentialKey.PASSWORD.defaultFor(MYSQL), "upstream: a MySQL password is empty when not given");
        assertNull(CredentialKey.PASSWORD.defaultFor(POSTGRES));
        assertEquals(10.0, CredentialKey.TIMEOUT.defaultFor(POSTGRES), "pgjdbc's connectTimeout");
        assertEquals(30.0, CredentialKey.CONNECT_TIMEOUT.defaultFor(MYSQL), "MariaDB Connector/J's connectTimeout");
        assertNull(CredentialKey.SSL.defaultFor(POSTGRES), "absent: the driver's TLS default");
        assertEquals(Map.of("journal_mode", "WAL", "journal_size_limit", 16384), Credentials.urlDefaults("sqlite"));
        assertEquals(List.of("port", "charset", "sql_mode"), List.copyOf(Credentials.urlDefaults(MYSQL).keySet()));
        assertEquals(Map.of("port", 5432), Credentials.urlDefaults("asyncpg"));
    }

    @Test
    void typedReadersApplyDefaultsAndConvert() {
        Map<String, Object> given = Map.of("maxsize", "12", "ssl", "on", "connect_timeout", 3, "host", "db");
        assertEquals(12, CredentialKey.MAXSIZE.intValue(given, MYSQL));
        assertEquals(1, CredentialKey.MINSIZE.intValue(given, MYSQL));
        assertEquals(3306, CredentialKey.PORT.intValue(given, MYSQL));
        assertEquals(Boolean.TRUE, CredentialKey.SSL.booleanValue(given, MYSQL));
        assertEquals(3.0, CredentialKey.CONNECT_TIMEOUT.doubleValue(given, MYSQL));
        assertEquals("db", CredentialKey.HOST.stringValue(given, MYSQL));
        assertNull(CredentialKey.USER.stringValue(given, MYSQL));
        assertEquals(1800, CredentialKey.POOL_RECYCLE.intValue(given, MYSQL));
        assertEquals(Map.of("a", "b"), CredentialKey.SERVER_SETTINGS.mapValue(Map.of("server_settings", Map.of("a", "b")), POSTGRES));
        assertThrows(IllegalStateException.class, () -> CredentialKey.PORT.stringValue(given, MYSQL));
    }

    @Test
    void asyncpgSpellingsFeedTheCanonicalKeys() {
        assertEquals(3, CredentialKey.MINSIZE.intValue(Map.of("min_size", 3), POSTGRES));
        assertEquals(9, CredentialKey.MAXSIZE.intValue(Map.of("max_size", "9"), POSTGRES));
        assertEquals(4, CredentialKey.MAXSIZE.intValue(Map.of("max_size", 9, "maxsize", 4), POSTGRES), "maxsize wins");
        assertEquals(5, CredentialKey.MAXSIZE.intValue(Map.of("max_size", 9), MYSQL), "min_size/max_size are PostgreSQL only");
    }

    @Test
    void castAndCoerceErrorsNameTheKey() {
        assertEquals(16384, CredentialKey.JOURNAL_SIZE_LIMIT.cast(" 16384 "));
        assertEquals(1.5, CredentialKey.TIMEOUT.cast("1.5"));
        assertEquals("Credential \"port\" must be an integer, got \"x\"",
                assertThrows(ConfigurationException.class, () -> CredentialKey.PORT.cast("x")).getMessage());
        assertEquals("Credential \"timeout\" must be a number, got \"NaN\"",
                assertThrows(ConfigurationException.class, () -> CredentialKey.TIMEOUT.cast("NaN")).getMessage());
        assertEquals("Credential \"port\" must be an integer, got \"3000000000\"",
                assertThrows(ConfigurationException.class, () -> CredentialKey.PORT.coerce(3_000_000_000L)).getMessage());
        assertEquals("Credential \"password\" must be a string",
                assertThrows(ConfigurationException.class, () -> CredentialKey.PASSWORD.coerce(List.of("x"))).getMessage());
        assertTrue(CredentialKey.PASSWORD.isSecret());
        assertFalse(CredentialKey.USER.isSecret());
    }

    @Test
    void castForTypesOnlyKeysOfThatEngine() {
        assertEquals(5, Credentials.castFor("mysql", "minsize", "5"));
        assertEquals("5", Credentials.castFor("sqlite", "minsize", "5"), "not a SQLite key: a PRAGMA value");
        assertEquals("5", Credentials.castFor("postgres", "AHA", "5"));
        assertEquals("yes", Credentials.castFor("sqlite", "moo", "yes"));
    }

    @Test
    void sqlitePragmas() {
        assertTrue(CredentialKey.isSqlitePragma("journal_mode"));
        assertTrue(CredentialKey.isSqlitePragma("foreign_keys"));
        assertTrue(CredentialKey.isSqlitePragma("cache_size"));
        assertFalse(CredentialKey.isSqlitePragma("file_path"));
        assertFalse(CredentialKey.isSqlitePragma("connection_name"));
        assertFalse(CredentialKey.isSqlitePragma("fetch_inserted"));
        assertFalse(CredentialKey.isSqlitePragma("install_regexp_functions"));
        assertFalse(CredentialKey.isSqlitePragma("busy_timeout"), "how long Java retries, not SQLite's PRAGMA");
        assertTrue(CredentialKey.JOURNAL_MODE.isPragma());
        assertFalse(CredentialKey.PORT.isPragma());
        assertTrue(CredentialKey.FILE_PATH.isRequired());
    }

    @Test
    void forEngineListsItsKeys() {
        List<CredentialKey> sqlite = CredentialKey.forEngine("sqlite");
        assertTrue(sqlite.contains(CredentialKey.FILE_PATH));
        assertFalse(sqlite.contains(CredentialKey.HOST));
        assertTrue(CredentialKey.forEngine("mariadb").contains(CredentialKey.SQL_MODE));
        assertTrue(CredentialKey.forEngine("com.example.other").isEmpty());
    }
}
