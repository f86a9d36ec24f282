package dev.tortoise.validators;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The text is an email address: a local part without spaces or {@code @}, then a domain of dotted
 * labels ending in a top-level name, at most 254 characters. Fails with
 * {@code Account.email: Value 'ann@' is not an email address}. On a field that is not text it
 * fails init with a {@link dev.tortoise.exceptions.ConfigurationException}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Email {
}
