package dev.tortoise.validators;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value is at most {@link #value()} (upstream {@code MaxValueValidator}): on number fields
 * ({@code Integer}, {@code Long}, {@code Short}, {@code Double}, {@code BigDecimal} and their
 * primitives). Fails with {@code Event.rank: Value 11 should be less or equal to 10}. On another
 * type it fails init with a {@link dev.tortoise.exceptions.ConfigurationException}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface MaxValue {
    /** The largest value allowed. */
    long value();
}
