package dev.tortoise.internal.backend;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.spi.BackendProvider;
import dev.tortoise.spi.CredentialKey;
import dev.tortoise.spi.DbClient;
import dev.tortoise.spi.Platform;
import dev.tortoise.spi.PlatformConfig;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackendRegistryTest {

    /** A provider that only has names: the registry never asks it for clients or databases. */
    private interface NamesOnly extends BackendProvider {
        @Override
        default DbClient createClient(String connectionName, Map<String, Object> credentials) {
            throw new UnsupportedOperationException();
        }

        @Override
        default List<CredentialKey<?>> credentialKeys() {
            return List.of();
        }

        @Override
        default Platform platform(PlatformConfig config) {
            throw new UnsupportedOperationException();
        }

        @Override
        default void createDatabase(Map<String, Object> credentials) {
        }

        @Override
        default void dropDatabase(Map<String, Object> credentials) {
        }
    }

    private record Named(String engine, Set<String> aliases) implements NamesOnly {
    }

    /** A second class, so that a clash names two different classes. */
    private record Other(String engine, Set<String> aliases) implements NamesOnly {
    }

    private static final Named SQLITE = new Named("tortoise.backends.sqlite", Set.of("sqlite"));

    @Test
    void findsAProviderByCanonicalNameOrAliasIgnoringCase() {
        BackendRegistry registry = new BackendRegistry(List.of(SQLITE));
        assertSame(SQLITE, registry.provider("tortoise.backends.sqlite"));
        assertSame(SQLITE, registry.provider("sqlite"));
        assertSame(SQLITE, registry.provider("SQLite"));
        assertEquals(List.of("tortoise.backends.sqlite"), registry.engines());
    }

    @Test
    void twoProvidersClaimingOneNameAreAnErrorNamingBothClasses() {
        Other clash = new Other("tortoise.backends.other", Set.of("sqlite"));
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> new BackendRegistry(List.of(SQLITE, clash)));
        assertTrue(e.getMessage().contains("\"sqlite\""), e.getMessage());
        assertTrue(e.getMessage().contains(Named.class.getName()), e.getMessage());
        assertTrue(e.getMessage().contains(Other.class.getName()), e.getMessage());
    }

    @Test
    void aKnownEngineThatIsNotOnTheClassPathNamesTheArtifactToAdd() {
        BackendRegistry registry = new BackendRegistry(List.of(SQLITE));
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> registry.provider("postgresql"));
        assertEquals("Backend for engine \"postgresql\" (tortoise.backends.postgres) is not on the class path: add the"
                + " Maven artifact dev.tortoise:tortoise-backend-postgres. Available engines: tortoise.backends.sqlite"
                + " (also sqlite)", e.getMessage());
        e = assertThrows(ConfigurationException.class, () -> registry.provider("mariadb"));
        assertTrue(e.getMessage().contains("dev.tortoise:tortoise-backend-mysql"), e.getMessage());
        e = assertThrows(ConfigurationException.class, () -> registry.provider("tortoise.backends.asyncpg"));
        assertTrue(e.getMessage().contains("dev.tortoise:tortoise-backend-postgres"), e.getMessage());
    }

    @Test
    void anUnknownEngineIsNamedWithACloseNameTheAvailableEnginesAndTheArtifacts() {
        BackendRegistry registry = new BackendRegistry(List.of(SQLITE));
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> registry.provider("sqllite"));
        assertTrue(e.getMessage().startsWith("Unknown engine \"sqllite\" (did you mean \"sqlite\"?)."), e.getMessage());
        assertTrue(e.getMessage().contains("Available engines: tortoise.backends.sqlite (also sqlite)"), e.getMessage());
        assertTrue(e.getMessage().contains("dev.tortoise:tortoise-backend-postgres"), e.getMessage());

        e = assertThrows(ConfigurationException.class, () -> registry.provider("postgress"));
        assertTrue(e.getMessage().contains("did you mean \"postgres\"?"), e.getMessage());

        e = assertThrows(ConfigurationException.class, () -> registry.provider("oracle"));
        assertTrue(e.getMessage().startsWith("Unknown engine \"oracle\". Available engines:"), e.getMessage());
    }

    @Test
    void noBackendAtAllSaysSo() {
        BackendRegistry registry = new BackendRegistry(List.of());
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> registry.provider("sqlite"));
        assertTrue(e.getMessage().contains("dev.tortoise:tortoise-backend-sqlite"), e.getMessage());
        assertTrue(e.getMessage().contains("Available engines: none (no backend module is on the class path)"),
                e.getMessage());
    }

    @Test
    void aMissingEngineIsAConfigurationError() {
        BackendRegistry registry = new BackendRegistry(List.of(SQLITE));
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> registry.provider(" "));
        assertTrue(e.getMessage().startsWith("No engine given"), e.getMessage());
        assertThrows(ConfigurationException.class, () -> registry.provider(null));
    }

    @Test
    void theJvmRegistryIsBuiltOnce() {
        assertSame(BackendRegistry.get(), BackendRegistry.get());
    }
}
