package dev.tortoise.validators;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value has at most {@link #value()} characters (Unicode code points), or elements on a
 * list field (upstream {@code MaxLengthValidator}); unlike a {@code CharField}'s {@code maxLength}
 * it does not size the column, so it also fits {@code TextField}s. Fails with
 * {@code Event.name: Length of 'abcdef' 6 > 5}. On another type it fails init with a
 * {@link dev.tortoise.exceptions.ConfigurationException}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface MaxLength {
    /** The largest length allowed (at least 0). */
    int value();
}
