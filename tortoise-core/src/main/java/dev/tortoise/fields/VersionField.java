package dev.tortoise.fields;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The model's version for optimistic locking (Hibernate's and Ebean's {@code @Version}), on an
 * {@code Integer}, {@code int}, {@code Long} or {@code long} field, alone (no other field
 * annotation): an {@code INT} or {@code BIGINT NOT NULL} column.
 *
 * <ul>
 *   <li>An insert writes 1 (whatever the field held) and sets the field to 1.</li>
 *   <li>Every {@code save()} of a stored instance is
 *       {@code UPDATE … SET …, "version" = "version" + 1 WHERE "pk" = ? AND "version" = ?} with the
 *       version the instance holds; then the field holds the new version. When no row matched
 *       (another writer saved or deleted it meanwhile) nothing is written and
 *       {@link dev.tortoise.exceptions.OptimisticLockException} names the model and key.</li>
 *   <li>{@code bulkUpdate} checks and bumps the versions of all its rows the same way, in one
 *       transaction that fails as a whole. {@code QuerySet.update} does not touch the version
 *       (add {@code F.of("version").plus(1)} yourself), and {@code delete()} does not check it.</li>
 * </ul>
 *
 * A model has at most one; it cannot be the primary key.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface VersionField {
    /** Column name; empty means the field name in snake_case. */
    String source() default "";

    /** Column comment and describe text. */
    String description() default "";
}
