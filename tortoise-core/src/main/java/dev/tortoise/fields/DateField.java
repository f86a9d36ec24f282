package dev.tortoise.fields;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A date column ({@code LocalDate}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface DateField {

    /** Whether this field is the primary key. */
    boolean pk() default false;

    /** Whether the column accepts NULL (upstream {@code null=True}). */
    boolean nullable() default false;

    /** Whether the column has a UNIQUE constraint. */
    boolean unique() default false;

    /** Whether the column gets its own index. */
    boolean dbIndex() default false;

    /** Column name; empty means the field name in snake_case. */
    String source() default "";

    /** Column comment and describe text. */
    String description() default "";

    /**
     * Validators of the field's values ({@link dev.tortoise.validators.Validator} classes with a
     * no-argument constructor), run before any SQL after the built-in validator annotations.
     */
    Class<? extends dev.tortoise.validators.Validator<?>>[] validators() default {};

    /** A literal rendered as the column's DDL {@code DEFAULT}; {@link DbDefault#NOT_SET} means none. */
    String dbDefault() default DbDefault.NOT_SET;

    /**
     * An SQL expression for the column's DDL {@code DEFAULT}, written unchanged
     * ({@code "CURRENT_TIMESTAMP"}, upstream 1.x's {@code SqlDefault}); empty means none. An insert
     * leaves a null field's column out so the database computes it, then reads the value back into
     * the instance. Not together with {@link #dbDefault()}.
     */
    String dbDefaultSql() default "";

    /**
     * The Java-side default: a {@link java.util.function.Supplier} class with a no-argument
     * constructor, made once at init, whose {@code get()} fills the field when it is null at insert
     * time (before the pre-save signals and validation). {@link NoDefault} means none.
     */
    Class<? extends java.util.function.Supplier<?>> defaultSupplier() default NoDefault.class;
}
