package dev.tortoise.internal.types;

import dev.tortoise.exceptions.ValidationException;
import dev.tortoise.spi.FieldInfo;
import dev.tortoise.spi.MessageText;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Bounds every decimal a caller hands over before any arithmetic is done with it. A decimal's
 * size is free ({@code 1E+100000000} is twelve characters), but rounding it, printing it plainly
 * or making it an integer costs time and memory in proportion to its exponent: a ten-character
 * filter value could burn minutes of CPU. So the checks here look only at the exponent and the
 * count of significant digits, which cost nothing, and the column's digits decide:
 * <ul>
 *   <li>text longer than {@value #LONGEST_TEXT} characters is refused before it is parsed;</li>
 *   <li>more than {@value #MOST_SIGNIFICANT_DIGITS} significant digits are refused;</li>
 *   <li>a DECIMAL value with more digits before the point than {@code maxDigits - decimalPlaces}
 *       is refused (upstream's rule), and one too small to show at {@code decimalPlaces} rounds to
 *       zero without being scaled;</li>
 *   <li>an integer value with more than 19 digits before the point is refused (no BIGINT holds it).</li>
 * </ul>
 * Every refusal is a {@link ValidationException} naming the model and field. Stateless.
 */
public final class DecimalBounds {

    /** The longest numeric text parsed at all. */
    public static final int LONGEST_TEXT = 1_100;
    /** The most significant digits a value may have (PostgreSQL's NUMERIC allows 1000 declared digits). */
    public static final int MOST_SIGNIFICANT_DIGITS = 1_000;
    /** Bits of an unscaled value that surely hold fewer than {@link #MOST_SIGNIFICANT_DIGITS} + 1 digits. */
    private static final int MOST_BITS = (int) (MOST_SIGNIFICANT_DIGITS * 3.3219280948873623);
    /** Digits before the point of the largest long. */
    private static final int LONG_DIGITS = 19;

    private DecimalBounds() {
    }

    /**
     * Parses numeric text with its length bounded first.
     *
     * @throws ValidationException when it is too long or not a number
     */
    public static BigDecimal parse(FieldInfo field, String text, String expected) {
        String trimmed = text.trim();
        if (trimmed.length() > LONGEST_TEXT) {
            throw ValueErrors.cannotConvert(field, text, expected + " of at most " + LONGEST_TEXT + " characters");
        }
        try {
            return new BigDecimal(trimmed);
        } catch (NumberFormatException e) {
            throw ValueErrors.cannotConvert(field, text, expected, e);
        }
    }

    /**
     * The value with exactly the field's decimal places (rounded half up, as the servers round),
     * after checking that it fits the column: at most {@code maxDigits - decimalPlaces} digits
     * before the point.
     *
     * @param original what the caller gave, for the message
     * @throws ValidationException when the value does not fit the column
     */
    public static BigDecimal fitDecimal(FieldInfo field, BigDecimal value, Object original) {
        return scale(field, value, original, true);
    }

    /**
     * A value the database holds, with exactly the field's decimal places; not checked against the
     * column's digits (SQLite keeps whatever was stored), but bounded in size like any other.
     *
     * @throws ValidationException when the stored value has more than {@value #MOST_SIGNIFICANT_DIGITS} digits
     *         or a magnitude no column holds
     */
    public static BigDecimal stored(FieldInfo field, BigDecimal value) {
        return scale(field, value, value, false);
    }

    private static BigDecimal scale(FieldInfo field, BigDecimal value, Object original, boolean checkColumn) {
        requireFewDigits(field, value, original);
        int places = field.decimalPlaces();
        long before = digitsBefore(value);
        int allowed = checkColumn && field.maxDigits() > 0 ? field.maxDigits() - places : MOST_SIGNIFICANT_DIGITS;
        if (before > allowed) {
            throw tooLarge(field, value, before, allowed);
        }
        if (before < -places) {
            // below half a unit of the last place: zero, without scaling by the (maybe huge) exponent
            return BigDecimal.ZERO.setScale(places);
        }
        BigDecimal scaled = value.setScale(places, RoundingMode.HALF_UP);
        if (digitsBefore(scaled) > allowed) {
            throw tooLarge(field, value, digitsBefore(scaled), allowed);  // 999.995 rounds to 1000.00
        }
        return scaled;
    }

    /**
     * The exact integer a decimal denotes, when it has one that a long can hold.
     *
     * @throws ValidationException when it has a fraction or more than 19 digits before the point
     */
    public static BigInteger exactInteger(FieldInfo field, BigDecimal value, Object original, String expected) {
        requireFewDigits(field, value, original);
        if (digitsBefore(value) > LONG_DIGITS) {
            throw ValueErrors.cannotConvert(field, original, expected + " (out of range)");
        }
        try {
            return value.toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw ValueErrors.cannotConvert(field, original, expected + " (it has a fraction)", e);
        }
    }

    /** Digits before the decimal point (negative for 0.000x): precision minus scale, without overflow. */
    private static long digitsBefore(BigDecimal value) {
        if (value.signum() == 0) {
            return 0;
        }
        return (long) value.precision() - value.scale();
    }

    private static void requireFewDigits(FieldInfo field, BigDecimal value, Object original) {
        // bitLength is free; precision() of a huge unscaled value is not
        if (value.unscaledValue().bitLength() > MOST_BITS + 4 || value.precision() > MOST_SIGNIFICANT_DIGITS) {
            throw ValueErrors.cannotConvert(field, original, "a number of at most " + MOST_SIGNIFICANT_DIGITS
                    + " significant digits");
        }
    }

    private static ValidationException tooLarge(FieldInfo field, BigDecimal value, long before, int allowed) {
 // plain for what a person types; 1E+100000000 stays in its short form
        String shown = before <= 100 ? value.toPlainString() : MessageText.cut(value.toString());
        return new ValidationException(ValueErrors.where(field) + ": Value " + shown + " has " + before + " digits before the decimal point, but DecimalField(max_digits="
                + field.maxDigits() + ", decimal_places=" + field.decimalPlaces() + ") allows at most " + allowed);
    }
}
