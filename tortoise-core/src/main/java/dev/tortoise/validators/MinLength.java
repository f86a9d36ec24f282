package dev.tortoise.validators;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value has at least {@link #value()} characters (Unicode code points), or elements on a
 * list field (upstream {@code MinLengthValidator}). Fails with
 * {@code Event.name: Length of 'ab' 2 < 3}. On another type it fails init with a
 * {@link dev.tortoise.exceptions.ConfigurationException}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface MinLength {
    /** The smallest length allowed (at least 0). */
    int value();
}
