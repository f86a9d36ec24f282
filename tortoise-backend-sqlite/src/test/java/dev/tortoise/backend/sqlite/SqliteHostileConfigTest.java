package dev.tortoise.backend.sqlite;

import dev.tortoise.DbUrl;
import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.spi.DbClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Issue 11, defects 3 and 4 on SQLite: a path the system cannot use, and secret-looking PRAGMA values. */
class SqliteHostileConfigTest {

    private final SqliteBackendProvider provider = new SqliteBackendProvider();

    @Test
    void defect3_aNulInTheFilePathIsAConfigurationException() {
        Map<String, Object> credentials = DbUrl.expand("sqlite://db\0.sqlite3").credentials();
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> provider.createClient("default", credentials));
        assertTrue(e.getMessage().startsWith("Credential \"file_path\" of connection 'default' is not a file path"),
                e.getMessage());
        assertTrue(e.getMessage().contains("db\\0.sqlite3"), "the NUL is shown escaped: " + e.getMessage());
    }

    @Test
    void defect4_aSecretLookingPragmaValueIsNotQuoted() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> {
            try (DbClient client = provider.createClient("default", Map.of("file_path", ":memory:", "pwd", "Hunter/2"))) {
                client.ping();
            }
        });
        assertTrue(e.getMessage().contains("\"pwd\"") && e.getMessage().contains("***"), e.getMessage());
        assertFalse(e.getMessage().contains("Hunter"), e.getMessage());
    }
}
