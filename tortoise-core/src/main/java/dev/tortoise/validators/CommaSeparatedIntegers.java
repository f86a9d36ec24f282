package dev.tortoise.validators;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The text is integers separated by commas, without spaces: {@code 1,22,333} (upstream
 * {@code CommaSeparatedIntegerListValidator}). Fails with
 * {@code Event.seats: Value '1,,2' is not a list of integers separated by commas}. On a field that
 * is not text it fails init with a {@link dev.tortoise.exceptions.ConfigurationException}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface CommaSeparatedIntegers {
    /** Whether an integer may start with {@code -} (upstream {@code allow_negative}). */
    boolean allowNegative() default false;
}
