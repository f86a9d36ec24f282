package dev.tortoise.fields;

/**
 * Maps a Java value object of a {@link ConvertedField} to the value of a built-in column kind and
 * back: a {@code Money} to a {@code BigDecimal} for a {@code DECIMAL} column, an {@code Email} to a
 * {@code String} for a {@code CHAR} column. {@code D} must be a Java type the field's
 * {@link ConvertedField#kind()} stores ({@code BigDecimal} for {@code DECIMAL}, {@code String} for
 * {@code CHAR} and {@code TEXT}, {@code Long} for {@code BIGINT} ...), checked at init.
 *
 * <pre>{@code
 * public final class MoneyConverter implements Converter<Money, BigDecimal> {
 *     public BigDecimal toDb(Money money) { return money.amount(); }
 *     public Money fromDb(BigDecimal amount) { return new Money(amount); }
 * }
 * }</pre>
 *
 * <p>An implementation has a no-argument constructor; one instance per field is made at init and
 * shared by every thread, so it must be thread-safe (stateless is best). It is never called with
 * null: null stays null. What it throws comes out as a
 * {@link dev.tortoise.exceptions.ValidationException} naming the model, field and value.
 *
 * @param <J> the Java type of the model's field
 * @param <D> the Java type of the column kind
 */
public interface Converter<J, D> {

    /** The column value of a Java value (never null). */
    D toDb(J value);

    /** The Java value of a column value (never null). */
    J fromDb(D value);
}
