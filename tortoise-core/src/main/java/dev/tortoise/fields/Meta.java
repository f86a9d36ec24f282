package dev.tortoise.fields;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Table-level options of a model (upstream's inner {@code Meta} class). */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Meta {
    /** Table name; empty means the table name generator or the lowercased simple class name. */
    String table() default "";

    /** App label that claims this model; empty means the app whose module lists it. */
    String app() default "";

    /** Table comment. */
    String description() default "";

    /** Default ordering, as in {@code orderBy}: {@code "-created", "name"}. */
    String[] ordering() default {};

    /** Database schema of the table, where the dialect has schemas. */
    String schema() default "";
}
