package dev.tortoise.fields;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An array column (PostgreSQL {@code TEXT[]}, {@code INTEGER[]} …) on a {@code List<E>} field,
 * {@code E} one of {@code String}, {@code Integer}, {@code Long}, {@code Short}, {@code Double},
 * {@code Boolean}, {@code BigDecimal} or {@code UUID}:
 *
 * <pre>{@code
 * @ArrayField public List<String> tags;
 * Post.objects.filter("tags__contains", List.of("java"))      // every one of these
 * Post.objects.filter("tags__contained_by", List.of("a", "b")) // nothing else
 * Post.objects.filter("tags__overlap", List.of("a", "b"))      // any of these
 * }</pre>
 *
 * Values are read back as a mutable {@code List} in stored order (null elements kept). Only
 * databases whose platform has array types can hold one: on the others the model fails init with
 * a {@link dev.tortoise.exceptions.ConfigurationException} naming model, field and connection.
 * The column cannot be unique, indexed or the primary key.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ArrayField {
    /** Whether the column accepts NULL (an empty list is not NULL). */
    boolean nullable() default false;

    /** Column name; empty means the field name in snake_case. */
    String source() default "";

    /** Column comment and describe text. */
    String description() default "";

    /** Validators of the list ({@link dev.tortoise.validators.Validator} classes; {@code @MinLength} counts elements). */
    Class<? extends dev.tortoise.validators.Validator<?>>[] validators() default {};
}
