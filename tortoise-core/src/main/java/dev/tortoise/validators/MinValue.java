package dev.tortoise.validators;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value is at least {@link #value()} (upstream {@code MinValueValidator}): on number fields
 * ({@code Integer}, {@code Long}, {@code Short}, {@code Double}, {@code BigDecimal} and their
 * primitives). Fails with {@code Event.rank: Value 0 should be greater or equal to 1}. On another
 * type it fails init with a {@link dev.tortoise.exceptions.ConfigurationException}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface MinValue {
    /** The smallest value allowed. */
    long value();
}
