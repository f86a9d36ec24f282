package dev.tortoise.fields;

import dev.tortoise.Model;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A many-to-one relation. The field holds the related model; loaded without {@code selectRelated}
 * it holds a reference that carries only the primary key. The key column is {@code <field>_id}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ForeignKeyField {
    /** The target as {@code "app.Model"}; give this or {@link #to()}, not both. */
    String value() default "";

    /** The target class; give this or {@link #value()}, not both. */
    Class<? extends Model> to() default Model.class;

    /** Name of the backward relation on the target; empty means {@code <table>s}; {@code "+"} means none. */
    String relatedName() default "";

    /** What the database does when the referenced row is deleted. SET_NULL needs {@code nullable = true}. */
    OnDelete onDelete() default OnDelete.CASCADE;

    /** The unique field of the target that the key refers to; empty means its primary key. */
    String toField() default "";

    /** Column of the key; empty means {@code <field>_id}. */
    String sourceField() default "";

    /** Whether the DDL declares the REFERENCES constraint. */
    boolean dbConstraint() default true;

    /** Whether the key is also this model's primary key. */
    boolean pk() default false;

    /** Whether the key column accepts NULL. */
    boolean nullable() default false;

    /** Whether the key column is unique. */
    boolean unique() default false;

    /** Whether the key column gets its own index. */
    boolean dbIndex() default false;

    /** Comment on the key column. */
    String description() default "";

    /**
     * Validators of the related instance ({@link dev.tortoise.validators.Validator} classes whose
     * value type is the related model), run before any SQL when the relation is set.
     */
    Class<? extends dev.tortoise.validators.Validator<?>>[] validators() default {};
}
