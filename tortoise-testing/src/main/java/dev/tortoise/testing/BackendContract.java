package dev.tortoise.testing;

import dev.tortoise.spi.BackendProvider;
import dev.tortoise.spi.DbClient;
import org.junit.jupiter.api.Test;

import java.util.HexFormat;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * What every backend module must do, checked with its real database: its provider is found by
 * {@link ServiceLoader} under the engine, aliases and dialect it promises. A backend's test extends
 * this class (or {@link ServerBackendContract}), registers its {@link TestDatabase}, says what it promises, and
 * adds what is particular to its database.
 */
public abstract class BackendContract {

    /**
     * The database under test: by default the one the test class registers in its static
     * {@code TestDatabase} field with {@code @RegisterExtension} (see {@link TestDatabase#registeredIn}).
     */
    protected TestDatabase database() {
        return TestDatabase.registeredIn(getClass());
    }

    /** Every other engine name the backend answers to. */
    protected abstract Set<String> expectedAliases();

    /** The dialect of the backend's clients: {@code sqlite}, {@code postgres} or {@code mysql}. */
    protected abstract String expectedDialect();

    protected BackendProvider provider() {
        return database().provider();
    }

    protected DbClient client() {
        return database().client();
    }

    /** A name unique to this run: the prefix and eight hex digits. */
    protected static String unique(String prefix) {
        return prefix + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }

    @Test
    void theServiceLoaderFindsTheBackendWithItsNames() {
        List<BackendProvider> found = ServiceLoader.load(BackendProvider.class).stream()
                .map(ServiceLoader.Provider::get).toList();
        assertEquals(1, found.size(), "a backend module brings exactly one provider");
        assertInstanceOf(provider().getClass(), found.get(0));
        assertEquals(database().engine(), found.get(0).engine());
        assertEquals(expectedAliases(), found.get(0).aliases());
        assertEquals(expectedDialect(), database().platform().name());
        assertEquals(expectedDialect(), client().dialect());
    }
}
