package dev.tortoise.reliability;

import dev.tortoise.ConnectionConfig;
import dev.tortoise.DbUrl;
import dev.tortoise.TortoiseConfig;
import dev.tortoise.exceptions.ConfigurationException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11, defect 4: passwords showed in messages, {@code toString()} and stack traces. Now one
 * place renders credentials (masking every secret-looking key at any depth), and a URL whose
 * password was not percent-encoded fails with a message that says to encode it and quotes nothing.
 */
class SecretsNeverShowTest {

    private static final String SECRET = "Hunter2xyz";

    @ParameterizedTest
    @ValueSource(strings = {"/", "#", "?", "/?#", "a/b", "x#y?z"})
    void defect4_unencodedReservedCharacterInPasswordSaysPercentEncodeAndQuotesNothing(String reserved) {
        String url = "postgres://user:" + SECRET.substring(0, 4) + reserved + SECRET.substring(4) + "@host:5432/db";
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> DbUrl.expand(url));
        assertTrue(e.getMessage().contains("percent-encode (RFC 3986)") && e.getMessage().contains("%2F"), e.getMessage());
        assertNoSecret(everything(e));
        assertFalse(e.getMessage().contains("2xyz") || e.getMessage().contains("Hunt"), e.getMessage());
        // the same password, encoded, is read back exactly
        String encoded = "postgres://user:" + SECRET.substring(0, 4) + java.net.URLEncoder.encode(reserved,
                java.nio.charset.StandardCharsets.UTF_8) + SECRET.substring(4) + "@host:5432/db";
        assertEquals(SECRET.substring(0, 4) + reserved + SECRET.substring(4),
                DbUrl.expand(encoded).credentials().get("password"));
    }

    @Test
    void defect4_aPortThatIsNotANumberIsNotQuoted() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> DbUrl.expand("postgres://user:" + SECRET + "/db"));
        assertTrue(e.getMessage().startsWith("Port is not an integer ("), e.getMessage());
        assertNoSecret(everything(e));
    }

    @Test
    void defect4_credentialsToStringMasksThePassword() {
        ConnectionConfig config = DbUrl.expand("postgres://user:" + SECRET + "@host:5432/db");
        assertEquals(SECRET, config.credentials().get("password"));
        assertNoSecret(config.credentials().toString());
        assertNoSecret(config.toString());
        assertTrue(config.credentials().toString().contains("password=***"), config.credentials().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"pwd", "pass", "PASS", "passwd", "db_password", "secret", "api_key", "token", "sslkey"})
    void defect4_secretLookingKeysAreMaskedAtAnyDepth(String key) {
        Map<String, Object> settings = new LinkedHashMap<>(Map.of(key, SECRET));
        ConnectionConfig config = new ConnectionConfig("tortoise.backends.postgres",
                Map.of(key, SECRET, "server_settings", Map.of("nested", settings)));
        assertNoSecret(config.toString());
        assertNoSecret(config.credentials().toString());
        assertNoSecret(config.credentials().get("server_settings").toString());
        assertNoSecret(TortoiseConfig.builder().connection("default", config).app("a", List.of("x")).build().toString());
    }

    @Test
    void defect4_deeplyNestedCredentialsPrintWithoutOverflow() {
        Object nested = Map.of("password", SECRET);
        for (int i = 0; i < 30; i++) {
            nested = Map.of("level" + i, nested);
        }
        ConnectionConfig config = new ConnectionConfig("tortoise.backends.postgres", Map.of("options", nested));
        String shown = config.toString();
        assertNoSecret(shown);
        assertTrue(shown.length() < 1000, shown);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"connections\": {\"default\": {\"engine\": \"postgres\", \"credentials\": {\"password\": " + SECRET + "}}}}",
            "{\"connections\": {\"default\": {\"engine\": \"postgres\", \"credentials\": {\"password\": \"" + SECRET + "}}}}",
            "{\"connections\": {\"default\": {\"engine\": \"postgres\", \"credentials\": {\"password\": '" + SECRET + "'}}}}",
            "{\"connections\": {\"default\": {\"engine\": \"postgres\", \"credentials\": {\"password\" \"" + SECRET + "\"}}}}",
            "{\"connections\": {\"default\": {\"engine\": \"postgres\", \"credentials\": {\"password\": \"" + SECRET
                    + "\", \"password\": \"" + SECRET + "\"}}}}"})
    void defect4_jsonSyntaxErrorsDoNotQuoteThePassword(String text, @TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("config.json"), text);
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> TortoiseConfig.fromFile(file));
        assertTrue(e.getMessage().contains("is not valid JSON at line 1"), e.getMessage());
        assertNoSecret(everything(e));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "connections:\n  default:\n    engine: postgres\n    credentials:\n      password: \"" + SECRET + "\n",
            "connections:\n  default:\n    engine: postgres\n    credentials: {password: [" + SECRET + "\n",
            "connections:\n  default:\n    engine: postgres\n    credentials:\n      password: " + SECRET
                    + "\n     - " + SECRET + "\n"})
    void defect4_yamlSyntaxErrorsDoNotQuoteThePassword(String text, @TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("config.yml"), text);
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> TortoiseConfig.fromFile(file));
        assertTrue(e.getMessage().contains("is not valid YAML"), e.getMessage());
        assertNoSecret(everything(e));
    }

    private static void assertNoSecret(String text) {
        assertFalse(text.contains(SECRET) || text.contains("Hunter2"), text);
    }

    static String everything(Throwable failure) {
        StringWriter out = new StringWriter();
        failure.printStackTrace(new PrintWriter(out));
        return failure + "\n" + out;
    }
}
