package dev.tortoise.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tortoise.exceptions.ConfigurationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A backend's typed credential keys: reading, defaults, conversions and the messages of failures. */
class CredentialKeyTest {

    private static final CredentialKey<Integer> PORT = CredentialKey.integer("port", "server TCP port").withDefault(5432);
    private static final CredentialKey<Double> TIMEOUT = CredentialKey.number("timeout", "seconds to connect");
    private static final CredentialKey<Boolean> SSL = CredentialKey.flag("ssl", "connect with TLS");
    private static final CredentialKey<String> PASSWORD = CredentialKey.text("password", "password").secret();
    private static final CredentialKey<String> FILE = CredentialKey.text("file_path", "the file").required();
    private static final CredentialKey<Map<String, Object>> SETTINGS = CredentialKey.map("server_settings", "settings");

    @Test
    void readAppliesTheDefaultAndConvertsWhatAConfigurationHolds() {
        assertEquals(5432, PORT.read(Map.of()));
        assertEquals(6543, PORT.read(Map.of("port", "6543")));
        assertEquals(6543, PORT.read(Map.of("port", 6543L)));
        assertEquals(1.5, TIMEOUT.read(Map.of("timeout", "1.5")));
        assertEquals(3.0, TIMEOUT.read(Map.of("timeout", 3)));
        assertNull(TIMEOUT.read(Map.of()));
        assertEquals(Boolean.TRUE, SSL.read(Map.of("ssl", "on")));
        assertEquals(Boolean.FALSE, SSL.read(Map.of("ssl", 0)));
        assertEquals(Map.of("a", "b"), SETTINGS.read(Map.of("server_settings", Map.of("a", "b"))));
        assertNull(PORT.withDefault(null).read(null));
    }

    @Test
    void failuresNameTheKeyAndTheAliasButNeverASecret() {
        assertEquals("Credential \"port\" must be an integer, got \"x\" (connection 'default')",
                assertThrows(ConfigurationException.class, () -> PORT.read("default", Map.of("port", "x"))).getMessage());
        assertEquals("Credential \"timeout\" must be a number, got \"NaN\"",
                assertThrows(ConfigurationException.class, () -> TIMEOUT.coerce("NaN")).getMessage());
        assertEquals("Credential \"port\" must be an integer, got \"3000000000\"",
                assertThrows(ConfigurationException.class, () -> PORT.coerce(3_000_000_000L)).getMessage());
        assertEquals("Credential \"password\" must be a string",
                assertThrows(ConfigurationException.class, () -> PASSWORD.coerce(List.of("hunter2"))).getMessage());
        assertEquals("Credential \"file_path\" is required (the file)",
                assertThrows(ConfigurationException.class, () -> FILE.read(Map.of())).getMessage());
        assertEquals("Credential \"ssl\" must be a boolean (true/1/yes/on or false/0/no/off), got \"maybe\"",
                assertThrows(ConfigurationException.class, () -> SSL.coerce("maybe")).getMessage());
    }

    @Test
    void declarationsAreImmutableAndDescribeThemselves() {
        CredentialKey<Integer> plain = CredentialKey.integer("maxsize", "most pooled connections");
        CredentialKey<Integer> withDefault = plain.withDefault(5);
        assertNull(plain.defaultValue());
        assertEquals(5, withDefault.defaultValue());
        assertTrue(PASSWORD.isSecret());
        assertFalse(PORT.isSecret());
        assertTrue(FILE.isRequired());
        assertEquals(Integer.class, PORT.type());
        assertEquals("port (Integer, default 5432): server TCP port", PORT.toString());
        assertEquals("password (String): password", PASSWORD.withDefault("x").toString(), "a secret default is never shown");
    }
}
