package dev.tortoise.functions;

import java.util.Objects;

/**
 * An aggregate function over a field or relation path, used with {@code QuerySet.annotate}.
 * Instances are immutable.
 */
public abstract class Aggregate {
    private final String field;
    private final boolean distinct;

    protected Aggregate(String field, boolean distinct) {
        this.field = Objects.requireNonNull(field, "field");
        this.distinct = distinct;
    }

    /** The field or relation path aggregated, as written by the caller ({@code "events"}, {@code "prize"}). */
    public String field() {
        return field;
    }

    /** Whether only distinct values are aggregated. */
    public boolean distinct() {
        return distinct;
    }

    /** The SQL function name: {@code COUNT}, {@code SUM}, {@code AVG}, {@code MIN} or {@code MAX}. */
    public abstract String function();

    @Override
    public String toString() {
        return function() + "(" + (distinct ? "DISTINCT " : "") + field + ")";
    }
}
