package dev.tortoise.junit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the annotated test class on a fresh database of its own, with Tortoise initialised on it
 * and its schemas generated (upstream's {@code initializer()} / {@code finalizer()} and
 * {@code TestCase}):
 *
 * <pre>{@code
 * @TortoiseTest(modules = "com.example.app.models")
 * class EventTest {
 *     @Test void creates(Tortoise tortoise) {
 *         Event.objects.create(e -> e.name = "Final");
 *         assertEquals(1, Event.objects.count());
 *     }                                            // rolled back here
 * }
 * }</pre>
 *
 * <p>The database: {@link #db()} ({@code sqlite://:memory:} unless said otherwise), replaced by the
 * system property or environment variable named in {@link #dbFrom()} when it is set. An in-memory
 * SQLite database is fresh by nature. For any other URL a uniquely named database is created and
 * dropped afterwards, so a test never writes to, or drops, the database the URL names: {@code {}}
 * in the URL is replaced by a unique token ({@code postgres://postgres@localhost/test_{}}, as
 * upstream writes it); without one, the token is appended to the database name (PostgreSQL,
 * MySQL) or to the file name (SQLite). The URL's server must be running: a test whose database
 * cannot be created fails.
 *
 * <p>Parameters of type {@code Tortoise} (the instance of the current database) and
 * {@link SqlCapture} (recording from the start of the method, closed after it) are injected into
 * test methods, lifecycle methods and constructors.
 *
 * <p>Tortoise binds models to the instance last initialised, so classes using this annotation must
 * not run in parallel in one JVM (JUnit runs classes one after the other unless told otherwise).
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(TortoiseExtension.class)
public @interface TortoiseTest {

    /** Model modules (packages, or classes whose nested static classes are the models) of the app {@link #app()}. */
    String[] modules() default {};

    /** The label of the app that {@link #modules()} make up. */
    String app() default "models";

    /**
     * More apps, each {@code "label=module1,module2"}: for models that refer to each other across
     * apps ({@code "shop.Order"}). Used together with {@link #modules()} or alone.
     */
    String[] apps() default {};

    /** The {@code db_url} to test on when {@link #dbFrom()} names nothing that is set. */
    String db() default "sqlite://:memory:";

    /**
     * The name of a system property or, when no such property is set, an environment variable
     * whose value replaces {@link #db()} (for example {@code "TORTOISE_TEST_DB"}, upstream's
     * variable); empty for none.
     */
    String dbFrom() default "";

    /** Whether the database lives for the class or for each test. */
    Scope scope() default Scope.CLASS;

    /** What happens between tests. */
    Cleanup cleanup() default Cleanup.ROLLBACK;
}
