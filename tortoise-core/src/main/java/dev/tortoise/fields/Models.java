package dev.tortoise.fields;

import dev.tortoise.Model;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The explicit model list of a module (upstream {@code __models__}). On a {@code package-info} or on
 * a holder class it replaces class-path scanning entirely; models are taken in this order.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PACKAGE, ElementType.TYPE})
public @interface Models {
    /** The models, in order. */
    Class<? extends Model>[] value();
}
