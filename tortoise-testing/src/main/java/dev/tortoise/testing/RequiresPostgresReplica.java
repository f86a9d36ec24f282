package dev.tortoise.testing;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated test class or method needs PostgreSQL ({@link TestServer#POSTGRES}) and its
 * streaming replica ({@link TestServer#POSTGRES_REPLICA}, started by {@code .ci/start-replica}).
 * When either does not answer, the test is skipped with a message that says how to start it; with
 * {@code CI=true} in the environment it fails instead, so a CI run never passes by skipping.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(RequiredServers.class)
public @interface RequiresPostgresReplica {
}
