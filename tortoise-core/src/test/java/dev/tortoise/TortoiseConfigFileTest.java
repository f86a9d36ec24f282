package dev.tortoise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tortoise.exceptions.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** TORTOISE-SPEC §1.3: config files. */
class TortoiseConfigFileTest {

    private static final String JSON = """
            {
              "connections": {
                "default": {"engine": "tortoise.backends.sqlite", "credentials": {"file_path": "/tmp/tester.sqlite"}},
                "pg": "postgres://user:S3cret@localhost:5432/test?maxsize=7"
              },
              "apps": {"models": {"models": ["tests.testmodels"], "default_connection": "default",
                                  "migrations": "tests.migrations"}},
              "use_tz": true,
              "timezone": "Europe/Berlin"
            }
            """;

    private static final String YAML = """
            connections:
              default:
                engine: tortoise.backends.sqlite
                credentials:
                  file_path: /tmp/tester.sqlite
              pg: postgres://user:S3cret@localhost:5432/test?maxsize=7
            apps:
              models:
                models:
                  - tests.testmodels
                default_connection: default
                migrations: tests.migrations
            use_tz: true
            timezone: Europe/Berlin
            """;

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static void assertFixture(TortoiseConfig config) {
        assertEquals(List.of("default", "pg"), List.copyOf(config.connections().keySet()));
        assertEquals(new ConnectionConfig("tortoise.backends.sqlite", Map.of("file_path", "/tmp/tester.sqlite")),
                config.connection("default"));
        assertEquals(7, config.connection("pg").credentials().get("maxsize"));
        assertEquals(new AppConfig("models", List.of("tests.testmodels"), "default", "tests.migrations"),
                config.apps().get("models"));
        assertTrue(config.useTz());
        assertEquals("Europe/Berlin", config.timezone());
    }

    @Test
    void json() throws IOException {
        assertFixture(TortoiseConfig.fromFile(write("tortoise.json", JSON)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tortoise.yml", "tortoise.yaml"})
    void yaml(String name) throws IOException {
        assertFixture(TortoiseConfig.fromFile(write(name, YAML)));
    }

    @Test
    void yamlAndJsonGiveTheSameConfig() throws IOException {
        assertEquals(TortoiseConfig.fromFile(write("a.json", JSON)).toString(),
                TortoiseConfig.fromFile(write("a.yaml", YAML)).toString());
    }

    @Test
    void unknownExtension() throws IOException {
        Path file = write("tortoise.ini", JSON);
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> TortoiseConfig.fromFile(file));
        assertTrue(e.getMessage().startsWith("Unknown config extension .ini, only .yml and .json are supported"),
                e.getMessage());
        assertTrue(e.getMessage().contains(file.toAbsolutePath().toString()), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tortoise.JSON", "tortoise.Yml", "tortoise", ".json", "tortoise.json.bak"})
    void extensionMatchIsCaseSensitiveAndExact(String name) throws IOException {
        Path file = write(name, JSON);
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> TortoiseConfig.fromFile(file));
        assertTrue(e.getMessage().startsWith("Unknown config extension "), e.getMessage());
    }

    @Test
    void missingFileNamesThePath() {
        Path file = dir.resolve("absent.json");
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> TortoiseConfig.fromFile(file));
        assertEquals("Config file not found: " + file.toAbsolutePath(), e.getMessage());
    }

    @Test
    void invalidJsonNamesTheFileAndLine() throws IOException {
        Path file = write("bad.json", "{\n  \"connections\": {,\n}");
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> TortoiseConfig.fromFile(file));
        assertTrue(e.getMessage().startsWith("Config file " + file.toAbsolutePath() + " is not valid JSON at line 2"),
                e.getMessage());
    }

    @Test
    void invalidYaml() throws IOException {
        Path file = write("bad.yml", "connections: [unclosed\n");
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> TortoiseConfig.fromFile(file));
        assertTrue(e.getMessage().startsWith("Config file " + file.toAbsolutePath() + " is not valid YAML"), e.getMessage());
    }

    @Test
    void duplicateKeysAreRejected() throws IOException {
        Path file = write("dup.json", "{\"connections\": {\"default\": \"sqlite://a\", \"default\": \"sqlite://b\"}}");
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> TortoiseConfig.fromFile(file));
        assertTrue(e.getMessage().contains("default"), e.getMessage());
    }

    @Test
    void topLevelMustBeAMapping() throws IOException {
        Path list = write("list.yaml", "- a\n- b\n");
        assertTrue(assertThrows(ConfigurationException.class, () -> TortoiseConfig.fromFile(list)).getMessage()
                .contains("must hold a mapping"));
        Path empty = write("empty.yaml", "");
        assertTrue(assertThrows(ConfigurationException.class, () -> TortoiseConfig.fromFile(empty)).getMessage()
                .contains("must hold a mapping"));
    }

    @Test
    void validationErrorsNameTheFileAndNeverThePassword() throws IOException {
        Path file = write("noapps.yml", "connections:\n  default: postgres://u:S3cret@h:port/db\napps:\n  a:\n    models: [m]\n");
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> TortoiseConfig.fromFile(file));
        assertTrue(e.getMessage().startsWith("Config file " + file.toAbsolutePath() + ": Connection \"default\": Port is"
                + " not an integer"), e.getMessage());
        assertFalse(e.getMessage().contains("S3cret"), e.getMessage());
        Path noApps = write("noapps.json", "{\"connections\": {\"default\": \"sqlite://x\"}}");
        assertTrue(assertThrows(ConfigurationException.class, () -> TortoiseConfig.fromFile(noApps)).getMessage()
                .endsWith(": Config must define \"apps\" section (label -> {\"models\": [\"com.example.models\"],"
                        + " \"default_connection\": \"default\"})"));
    }

    @Test
    void toStringOfAFileConfigMasksThePassword() throws IOException {
        String text = TortoiseConfig.fromFile(write("t.json", JSON)).toString();
        assertFalse(text.contains("S3cret"), text);
        assertTrue(text.contains("password=***"), text);
    }
}
