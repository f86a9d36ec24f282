package dev.tortoise.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What URL expansion knows of each engine, whatever backends are on the class path. */
class EnginesTest {

    @Test
    void canonicalNamesAliasesAndSchemes() {
        assertEquals(Engines.POSTGRES, Engines.canonical(" AsyncPG "));
        assertEquals(Engines.MYSQL, Engines.canonical("mariadb"));
        assertEquals(Engines.H2, Engines.canonical("h2"));
        assertEquals("com.example.Other", Engines.canonical("com.example.Other"), "a third-party engine passes through");
        assertEquals(List.of("sqlite", "postgres", "postgresql", "asyncpg", "psycopg", "mysql", "mariadb", "h2"),
                Engines.schemes());
        assertNull(Engines.forScheme("oracle"));
    }

    @Test
    void urlDefaultsAndCasts() {
        assertEquals(Map.of("journal_mode", "WAL", "journal_size_limit", 16384), Engines.forScheme("sqlite").urlDefaults());
        assertEquals(List.of("port", "charset", "sql_mode"), List.copyOf(Engines.forScheme("mariadb").urlDefaults().keySet()));
        assertEquals(Map.of("port", 5432), Engines.forScheme("asyncpg").urlDefaults());
        assertEquals(5, Credentials.castFor(Engines.forScheme("mysql"), "minsize", "5"));
        assertEquals("5", Credentials.castFor(Engines.forScheme("sqlite"), "minsize", "5"), "not a SQLite key: a PRAGMA value");
        assertEquals("5", Credentials.castFor(Engines.forScheme("postgres"), "AHA", "5"));
        assertEquals(1.5, Credentials.castFor(Engines.forScheme("postgres"), "timeout", "1.5"));
    }

    @Test
    void artifactsOfTheShippedBackends() {
        assertEquals("dev.tortoise:tortoise-backend-h2", Engines.artifacts().get(Engines.H2));
        assertEquals(4, Engines.artifacts().size());
    }
}
