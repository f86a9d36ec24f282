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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ConnectionConfigTest {

    @ParameterizedTest
    @CsvSource({
        "sqlite, tortoise.backends.sqlite",
        "tortoise.backends.sqlite, tortoise.backends.sqlite",
        "postgres, tortoise.backends.postgres",
        "postgresql, tortoise.backends.postgres",
        "asyncpg, tortoise.backends.postgres",
        "psycopg, tortoise.backends.postgres",
        "tortoise.backends.asyncpg, tortoise.backends.postgres",
        "tortoise.backends.psycopg, tortoise.backends.postgres",
        "tortoise.backends.postgres, tortoise.backends.postgres",
        "mysql, tortoise.backends.mysql",
        "mariadb, tortoise.backends.mysql",
        "MariaDB, tortoise.backends.mysql",
        "tortoise.backends.mysql, tortoise.backends.mysql",
        "com.example.backends.duckdb, com.example.backends.duckdb"
    })
    void engineIsCanonical(String given, String canonical) {
        Map<String, Object> credentials = given.contains("sqlite") ? map("file_path", "x") : map();
        assertEquals(canonical, new ConnectionConfig(given, credentials).engine());
    }

    @Test
    void credentialsKeepOrderAndNullsAndAreTyped() {
        ConnectionConfig config = new ConnectionConfig("mysql", map("port", 3307L, "password", null, "echo", "yes",
                "connect_timeout", 2, "minsize", 2.0, "database", 42, "custom", "5"));
        assertEquals(List.of("port", "password", "echo", "connect_timeout", "minsize", "database", "custom"),
                List.copyOf(config.credentials().keySet()));
        assertEquals(3307, config.credentials().get("port"));
        assertNull(config.credentials().get("password"));
        assertEquals(true, config.credentials().get("echo"));
        assertEquals(2.0, config.credentials().get("connect_timeout"));
        assertEquals(2, config.credentials().get("minsize"));
        assertEquals("42", config.credentials().get("database"));
        assertEquals("5", config.credentials().get("custom"), "unknown keys stay as given");
        assertThrows(UnsupportedOperationException.class, () -> config.credentials().put("x", 1));
    }

    @Test
    void wrongTypesAreRejectedNamingTheKeyButNotASecret() {
        assertEquals("Credential \"minsize\" must be an integer, got \"2.5\"",
                assertThrows(ConfigurationException.class,
                        () -> new ConnectionConfig("postgres", map("minsize", 2.5))).getMessage());
        assertEquals("Credential \"ssl\" must be a boolean (true/1/yes/on or false/0/no/off), got \"2\"",
                assertThrows(ConfigurationException.class,
                        () -> new ConnectionConfig("postgres", map("ssl", 2))).getMessage());
        ConfigurationException secret = assertThrows(ConfigurationException.class,
                () -> new ConnectionConfig("postgres", map("password", List.of("Hunter2"))));
        assertFalse(secret.getMessage().contains("Hunter2"), secret.getMessage());
        assertTrue(secret.getMessage().contains("\"password\""), secret.getMessage());
    }

    @Test
    void sqliteNeedsAFilePath() {
        assertEquals("Engine tortoise.backends.sqlite requires credential \"file_path\" (database file, relative to the"
                + " working directory, or :memory:)", assertThrows(ConfigurationException.class,
                () -> new ConnectionConfig("sqlite", map("journal_mode", "WAL"))).getMessage());
    }

    @Test
    void nullsAreRejected() {
        assertTrue(assertThrows(ConfigurationException.class, () -> new ConnectionConfig(null, map())).getMessage()
                .startsWith("ConnectionConfig.engine must be a non-empty string"));
        assertTrue(assertThrows(ConfigurationException.class, () -> new ConnectionConfig("sqlite", null)).getMessage()
                .startsWith("ConnectionConfig.credentials must be a dict"));
        Map<String, Object> nullKey = new java.util.HashMap<>();
        nullKey.put(null, "x");
        assertTrue(assertThrows(ConfigurationException.class, () -> new ConnectionConfig("postgres", nullKey))
                .getMessage().startsWith("Credential names must be non-empty strings"));
    }

    @Test
    void toStringMasksEverySecret() {
        ConnectionConfig config = new ConnectionConfig("postgres", map("host", "h", "password", "Hunter2",
                "server_settings", map("sslpassword", "Hunter3"), "user", "bob"));
        String text = config.toString();
        assertEquals("ConnectionConfig[engine=tortoise.backends.postgres, credentials={host=h, password=***,"
                + " server_settings={sslpassword=***}, user=bob}]", text);
        assertEquals("ConnectionConfig[engine=tortoise.backends.postgres, credentials={password=null}]",
                new ConnectionConfig("postgres", map("password", null)).toString());
    }

    @Test
    void equalityIsByValue() {
        assertEquals(new ConnectionConfig("postgresql", map("port", "5432")),
                new ConnectionConfig("tortoise.backends.postgres", map("port", 5432)));
    }
}
