package dev.tortoise.functions;

import dev.tortoise.Expression;
import dev.tortoise.Q;
import java.util.Objects;

/**
 * An aggregate function over a field or relation path ({@link Count}, {@link Sum}, {@link Avg},
 * {@link Min}, {@link Max}), used with {@code QuerySet.annotate} (one value per row, grouped) and
 * {@code QuerySet.aggregate} (one value for the whole query). An aggregate may carry a filter:
 * {@code Count.of("events", Q.of("events__prize__gt", 0))} counts only the events that match,
 * written {@code FILTER (WHERE ...)} where the database has it and {@code CASE} otherwise; the
 * filter's paths start at the queried model, as the aggregated path does. Instances are immutable.
 */
public abstract sealed class Aggregate implements Expression permits Count, Sum, Avg, Min, Max {
    private final String field;
    private final boolean distinct;
    private final Q filter;

    Aggregate(String field, boolean distinct, Q filter) {
        this.field = Objects.requireNonNull(field, "field");
        this.distinct = distinct;
        this.filter = filter;
    }

    /** The field or relation path aggregated, as written by the caller ({@code "events"}, {@code "prize"}). */
    public String field() {
        return field;
    }

    /** Whether only distinct values are aggregated. */
    public boolean distinct() {
        return distinct;
    }

    /** The condition rows must meet to be aggregated, or null for all rows. */
    public Q filter() {
        return filter;
    }

    /** The SQL function name: {@code COUNT}, {@code SUM}, {@code AVG}, {@code MIN} or {@code MAX}. */
    public abstract String function();

    @Override
    public boolean equals(Object o) {
        return o instanceof Aggregate a && a.function().equals(function()) && a.field.equals(field)
                && a.distinct == distinct && Objects.equals(a.filter, filter);
    }

    @Override
    public int hashCode() {
        return Objects.hash(function(), field, distinct, filter);
    }

    @Override
    public String toString() {
        return function() + "(" + (distinct ? "DISTINCT " : "") + field + (filter == null ? "" : " FILTER " + filter) + ")";
    }
}
