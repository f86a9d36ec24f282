package dev.tortoise.testing;

import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated test class runs once per {@link TestBackend}, named {@code [sqlite]},
 * {@code [postgres]}, {@code [mysql]} and {@code [h2]} in reports, with one test instance
 * ({@code PER_CLASS}) and the {@link LeakCheck} after every test. The class takes its backend in a
 * field and makes its database once per backend:
 *
 * <pre>{@code
 * @AcrossBackends
 * class CrudSuite {
 *     @Parameter TestBackend backend;
 *     TestDatabase db;
 *
 *     @BeforeParameterizedClassInvocation void create() { db = backend.database().open(); }
 *     @AfterParameterizedClassInvocation void drop() throws Exception { db.close(); }
 * }
 * }</pre>
 *
 * A backend whose server is missing is skipped as a whole (it fails under {@code CI=true}).
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ParameterizedClass(name = "[{0}]")
@EnumSource(TestBackend.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(LeakCheck.class)
public @interface AcrossBackends {
}
