package dev.tortoise.validators;

/**
 * A check of one field's value, named on the field annotation ({@code validators = {...}}) as
 * upstream's {@code validators=[...]}:
 *
 * <pre>{@code
 * public final class NoShouting implements Validator<String> {
 *     public void validate(String value) {
 *         if (value.equals(value.toUpperCase(Locale.ROOT))) {
 *             throw new ValidationException("must not shout");
 *         }
 *     }
 * }
 *
 * @CharField(maxLength = 200, validators = NoShouting.class) public String title;
 * }</pre>
 *
 * <p>An implementation has a no-argument constructor (it may be non-public when its package is
 * open to Tortoise); one instance per field is made at init and shared by every thread, so it must
 * be thread-safe (stateless is best). {@code V} is checked against the field's Java type at init.
 * It runs before any SQL of {@code save}, {@code create}, {@code bulkCreate} and {@code bulkUpdate},
 * only for non-null values (a null is checked by the field's {@code nullable}). Its
 * {@link dev.tortoise.exceptions.ValidationException} comes out with the model, field, value and
 * validator named: {@code Article.title: must not shout (NoShouting rejected "HELLO")}.
 *
 * @param <V> the Java type of the field's values
 */
@FunctionalInterface
public interface Validator<V> {

    /**
     * Checks a value (never null).
     *
     * @throws dev.tortoise.exceptions.ValidationException saying what is wrong with it
     */
    void validate(V value);
}
