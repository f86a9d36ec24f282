package dev.tortoise.validators;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The text is an absolute URL with a host and the scheme {@code http}, {@code https}, {@code ftp}
 * or {@code ftps}, as {@link java.net.URI} parses it. Fails with
 * {@code Site.home: Value 'example.com' is not a URL (http, https, ftp or ftps, with a host)}. On a
 * field that is not text it fails init with a
 * {@link dev.tortoise.exceptions.ConfigurationException}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Url {
}
