package dev.tortoise.spi;

import java.util.Locale;

/**
 * The parts of a date or time a lookup can compare ({@code created__year}, {@code start__hour__gte});
 * a {@link SqlDialect} writes each as an integer expression.
 */
public enum DatePart {
    YEAR, QUARTER, MONTH, WEEK, DAY, HOUR, MINUTE, SECOND, MICROSECOND;

    /** The part named by a lookup token ({@code "year"}), or null. */
    public static DatePart of(String token) {
        for (DatePart part : values()) {
            if (part.token().equals(token)) {
                return part;
            }
        }
        return null;
    }

    /** The lookup token ({@code year}). */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }
}
