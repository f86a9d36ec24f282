package dev.tortoise.fields;

import dev.tortoise.spi.FieldKind;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A column of one of the built-in kinds holding a Java value object of your own, mapped by a
 * {@link Converter}:
 *
 * <pre>{@code
 * @ConvertedField(converter = MoneyConverter.class, kind = FieldKind.DECIMAL, maxDigits = 12, decimalPlaces = 2)
 * public Money total;
 * }</pre>
 *
 * The column is what {@code kind} makes on each database (the sizes matter only for the kinds
 * that take them: {@code maxLength} for {@code CHAR}, {@code maxDigits} and {@code decimalPlaces}
 * for {@code DECIMAL}). Values go through the converter everywhere: saves, bulk calls, filters
 * ({@code filter("total__gt", new Money(...))}, or a plain {@code BigDecimal}), {@code values},
 * records and JSON output (which writes the column value). The converter is made and its types
 * checked against the field and the kind once, at init. The enum kinds are not available here.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ConvertedField {
    /** The converter between the field's type and the column kind's Java type. */
    @SuppressWarnings("rawtypes")
    Class<? extends Converter> converter();

    /** The column kind: {@code CHAR}, {@code TEXT}, {@code DECIMAL}, {@code BIGINT}, {@code DATE} ... */
    FieldKind kind();

    /** Whether the column accepts NULL. */
    boolean nullable() default false;

    /** {@code VARCHAR} length, required (at least 1) for {@code CHAR}. */
    int maxLength() default 0;

    /** Precision, required (at least 1) for {@code DECIMAL}. */
    int maxDigits() default 0;

    /** Scale for {@code DECIMAL}. */
    int decimalPlaces() default 0;

    /** Whether the column has a UNIQUE constraint. */
    boolean unique() default false;

    /** Whether the column gets its own index. */
    boolean dbIndex() default false;

    /** Column name; empty means the field name in snake_case. */
    String source() default "";

    /** Column comment and describe text. */
    String description() default "";

    /** Validators of the field's Java values ({@link dev.tortoise.validators.Validator} classes). */
    Class<? extends dev.tortoise.validators.Validator<?>>[] validators() default {};
}
