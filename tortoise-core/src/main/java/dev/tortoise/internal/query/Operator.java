package dev.tortoise.internal.query;

import dev.tortoise.spi.DatePart;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The comparison at the end of a lookup ({@code name__icontains}); no suffix means {@link #EXACT}. */
enum Operator {
    EXACT, NOT, IN, NOT_IN, ISNULL, NOT_ISNULL, GT, GTE, LT, LTE, RANGE,
    CONTAINS, ICONTAINS, STARTSWITH, ISTARTSWITH, ENDSWITH, IENDSWITH, IEXACT, POSIX_REGEX, IPOSIX_REGEX,
    /** Array columns only (with {@link #CONTAINS} and {@link #OVERLAP}). */
    CONTAINED_BY,
    /** Array columns only. */
    OVERLAP,
    /** Full-text search of a text column ({@code title__search}), where the database has it. */
    SEARCH;

    /** The operator a lookup suffix names, or null. */
    static Operator of(String token) {
        for (Operator op : values()) {
            if (op.token().equals(token)) {
                return op;
            }
        }
        return null;
    }

    /** The lookup suffix ({@code not_in}). */
    String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the operator may follow a date part ({@code created__year__gte}). */
    boolean isComparison() {
        return switch (this) {
            case EXACT, NOT, IN, NOT_IN, GT, GTE, LT, LTE, RANGE -> true;
            default -> false;
        };
    }

    /** Every valid suffix for a field, date parts included when the field has them. */
    static List<String> suffixes(boolean withDateParts) {
        List<String> all = new ArrayList<>();
        for (Operator op : values()) {
            all.add(op.token());
        }
        if (withDateParts) {
            for (DatePart part : DatePart.values()) {
                all.add(part.token());
            }
        }
        return all;
    }
}
