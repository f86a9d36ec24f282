package dev.tortoise.internal.query;

import java.util.Locale;

/** The parts of a date or time a lookup can compare ({@code created__year}, {@code start__hour__gte}). */
enum DatePart {
    YEAR, QUARTER, MONTH, WEEK, DAY, HOUR, MINUTE, SECOND, MICROSECOND;

    /** The part named by a lookup token, or null. */
    static DatePart of(String token) {
        for (DatePart part : values()) {
            if (part.token().equals(token)) {
                return part;
            }
        }
        return null;
    }

    /** The lookup token ({@code year}). */
    String token() {
        return name().toLowerCase(Locale.ROOT);
    }
}
