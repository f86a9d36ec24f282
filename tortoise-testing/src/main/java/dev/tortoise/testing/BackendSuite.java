package dev.tortoise.testing;

import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * The base of a suite that runs once per backend ({@link AcrossBackends}): for each
 * {@link TestBackend} it creates one database before the backend's tests and drops it after them,
 * so the tests of one class and backend share a database, and no two backends or classes do. A
 * backend whose server is missing is skipped as a whole, or fails under {@code CI=true}.
 *
 * <pre>{@code
 * class CrudSuite extends BackendSuite {
 *     @Test void saves() {
 *         Tortoise t = database.tortoise(Map.of("models", List.of("com.example.models")));
 *         ...
 *     }
 * }
 * }</pre>
 *
 * Subclasses add their own {@code @BeforeParameterizedClassInvocation} methods, which run after
 * the database exists.
 */
@AcrossBackends
public abstract class BackendSuite {

    /** The backend of the current invocation, injected by JUnit. */
    @Parameter
    protected TestBackend backend;

    /** The database of the current backend, open while its tests run. */
    protected TestDatabase database;

    /**
     * The fixture of a backend's database before it is created; override to add credentials
     * ({@link TestDatabase#with}). Default: as the backend makes it.
     */
    protected TestDatabase configure(TestDatabase database) {
        return database;
    }

    /** The database of the current backend. */
    protected final TestDatabase database() {
        return database;
    }

    @BeforeParameterizedClassInvocation
    final void createDatabase() {
        database = configure(backend.database());
        database.open();
    }

    @AfterParameterizedClassInvocation
    final void dropDatabase() throws Exception {
        if (database != null) {
            database.close();
        }
    }
}
