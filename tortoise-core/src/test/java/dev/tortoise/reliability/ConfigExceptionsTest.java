package dev.tortoise.reliability;

import dev.tortoise.DbUrl;
import dev.tortoise.TortoiseConfig;
import dev.tortoise.exceptions.ConfigurationException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11, defect 3: configuration parsing threw exceptions that are not the library's
 * ({@code StringIndexOutOfBoundsException}, {@code NullPointerException}, {@code StackOverflowError}).
 * Every bad input is now a {@link ConfigurationException} that says what is wrong.
 */
class ConfigExceptionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"postgres://][", "postgres://]x[:5", "mysql://u:p@][/db", "postgres://[::1", "postgres://::1]",
            "postgres://a[b]", "postgres://u:p@x]:5/db"})
    void defect3_bracketsOutOfOrderAreAConfigurationException(String url) {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> DbUrl.expand(url));
        assertTrue(e.getMessage().contains("IPv6") || e.getMessage().contains("Port"), e.getMessage());
    }

    @Test
    void defect3_nullKeyAtAnyLevelIsAConfigurationException() {
        Map<String, Object> top = validConfig();
        ((Map<Object, Object>) (Map<?, ?>) top).put(null, 1);
        assertTrue(fails(top).getMessage().startsWith("Config keys must be strings, got null"));

        Map<String, Object> inConnection = validConfig();
        Map<Object, Object> connection = new HashMap<>();
        connection.put(null, "x");
        connection.put("engine", "sqlite");
        ((Map<String, Object>) inConnection.get("connections")).put("default", connection);
        assertTrue(fails(inConnection).getMessage().contains("Config keys must be strings, got null in connection"));

        Map<String, Object> inCredentials = validConfig();
        Map<Object, Object> credentials = new HashMap<>(Map.of("file_path", "db.sqlite3"));
        credentials.put(null, "x");
        ((Map<String, Object>) inCredentials.get("connections")).put("default",
                Map.of("engine", "sqlite", "credentials", credentials));
        assertTrue(fails(inCredentials).getMessage().contains("Credential names must be non-empty strings, got null"));

        Map<String, Object> inApp = validConfig();
        Map<Object, Object> app = new HashMap<>(Map.of("models", List.of("x")));
        app.put(null, "x");
        ((Map<String, Object>) inApp.get("apps")).put("models", app);
        assertTrue(fails(inApp).getMessage().contains("Config keys must be strings, got null in app"));
    }

    @Test
    void defect3_nesting1800DeepIsAConfigurationException() {
        Object deep = "bottom";
        for (int i = 0; i < 1800; i++) {
            deep = i % 2 == 0 ? List.of(deep) : Map.of("k", deep);
        }
        Map<String, Object> config = validConfig();
        ((Map<String, Object>) config.get("connections")).put("default",
                Map.of("engine", "sqlite", "credentials", Map.of("file_path", "db.sqlite3", "nested", deep)));
        ConfigurationException e = fails(config);
        assertTrue(e.getMessage().contains("\"nested\"") && e.getMessage().contains("nested deeper than 32 levels"),
                e.getMessage());
    }

    @Test
    void defect3_aMapThatContainsItselfIsAConfigurationException() {
        Map<String, Object> cycle = new HashMap<>();
        cycle.put("self", cycle);
        Map<String, Object> config = validConfig();
        ((Map<String, Object>) config.get("connections")).put("default",
                Map.of("engine", "sqlite", "credentials", Map.of("file_path", "db.sqlite3", "loop", cycle)));
        assertTrue(fails(config).getMessage().contains("contains itself"));
    }

    @Test
    void defect3_nonTextKeysAreAConfigurationException() {
        Map<String, Object> config = validConfig();
        ((Map<Object, Object>) (Map<?, ?>) config).put(42, "x");
        assertTrue(fails(config).getMessage().startsWith("Config keys must be strings, got Integer 42"));
    }

    private static ConfigurationException fails(Map<String, Object> config) {
        return assertThrows(ConfigurationException.class, () -> TortoiseConfig.fromMap(config));
    }

    static Map<String, Object> validConfig() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("connections", new LinkedHashMap<>(Map.of("default", "sqlite://:memory:")));
        config.put("apps", new LinkedHashMap<>(Map.of("models", Map.of("models", List.of("x.y")))));
        return config;
    }
}
