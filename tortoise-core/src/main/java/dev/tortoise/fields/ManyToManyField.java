package dev.tortoise.fields;

import dev.tortoise.Model;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A many-to-many relation through a join table. The field must be a {@link ManyToManyRelation}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ManyToManyField {
    /** The target as {@code "app.Model"}; give this or {@link #to()}, not both. */
    String value() default "";

    /** The target class; give this or {@link #value()}, not both. */
    Class<? extends Model> to() default Model.class;

    /** Name of the backward relation on the target; empty means {@code <table>s}; {@code "+"} means none. */
    String relatedName() default "";

    /** Join table name; empty means {@code <table>_<target table>}. */
    String through() default "";

    /** Join column referring to the target; empty means {@code <target class lowercased>_id}. */
    String forwardKey() default "";

    /** Join column referring to this model; empty means {@code <table>_id} ({@code <table>_rel_id} for self references). */
    String backwardKey() default "";

    /** Whether the join table gets a unique index over both keys. */
    boolean createUniqueIndex() default true;

    /** Whether the join table declares REFERENCES constraints. */
    boolean dbConstraint() default true;

    /** Comment on the join table. */
    String description() default "";
}
