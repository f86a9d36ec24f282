package dev.tortoise.junit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestDatabaseUrlTest {

    @Test
    void inMemorySqliteIsKept() {
        TestDatabaseUrl url = TestDatabaseUrl.unique("sqlite://:memory:");
        assertEquals("sqlite://:memory:", url.url());
        assertTrue(url.inMemory());
    }

    @Test
    void aPlaceholderIsReplacedByAUniqueToken() {
        TestDatabaseUrl url = TestDatabaseUrl.unique("postgres://postgres@127.0.0.1:5432/test_{}");
        assertTrue(url.url().matches("postgres://postgres@127\\.0\\.0\\.1:5432/test_t\\d+_[0-9a-f]{8}"), url.url());
        assertTrue(url.onServer());
        assertNotEquals(url.url(), TestDatabaseUrl.unique("postgres://postgres@127.0.0.1:5432/test_{}").url());
    }

    @Test
    void withoutAPlaceholderTheTokenIsAppendedNeverTheNamedDatabaseUsed() {
        assertTrue(TestDatabaseUrl.unique("mysql://root:@localhost:3306/app?charset=utf8mb4").url()
                .matches("mysql://root:@localhost:3306/app_t\\d+_[0-9a-f]{8}\\?charset=utf8mb4"));
        TestDatabaseUrl file = TestDatabaseUrl.unique("sqlite://data/app.sqlite3");
        assertTrue(file.url().matches("sqlite://data/app_t\\d+_[0-9a-f]{8}\\.sqlite3"), file.url());
        assertFalse(file.onServer());
    }
}
