package dev.tortoise.functions;

import dev.tortoise.Q;

/** {@code SUM}: Sums a numeric field. */
public final class Sum extends Aggregate {
    private Sum(String field, boolean distinct, Q filter) {
        super(field, distinct, filter);
    }

    /** SUM over the given field or relation path. */
    public static Sum of(String field) {
        return new Sum(field, false, null);
    }

    /** SUM over the given field or relation path, of the rows that meet {@code filter} only. */
    public static Sum of(String field, Q filter) {
        return new Sum(field, false, java.util.Objects.requireNonNull(filter, "filter"));
    }

    /** SUM over the distinct values of the given field or relation path. */
    public static Sum distinct(String field) {
        return new Sum(field, true, null);
    }

    /** SUM over the distinct values of the given field or relation path, of the rows that meet {@code filter} only. */
    public static Sum distinct(String field, Q filter) {
        return new Sum(field, true, java.util.Objects.requireNonNull(filter, "filter"));
    }

    @Override
    public String function() {
        return "SUM";
    }
}
