package dev.tortoise.validators;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole text matches a regular expression ({@link java.util.regex.Pattern} syntax), compiled
 * once at init (upstream {@code RegexValidator}, which matches only at the start: here the whole
 * value must match, as {@code Matcher.matches} does). Fails with
 * {@code Event.code: Value 'x1' does not match regex '[a-z]+'}. On a field that is not text, or with
 * a pattern that does not compile, it fails init with a
 * {@link dev.tortoise.exceptions.ConfigurationException}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Regex {
    /** The pattern the whole value must match. */
    String value();
}
