package dev.tortoise.functions;

import dev.tortoise.Q;

/** {@code AVG}: Averages a numeric field. */
public final class Avg extends Aggregate {
    private Avg(String field, boolean distinct, Q filter) {
        super(field, distinct, filter);
    }

    /** AVG over the given field or relation path. */
    public static Avg of(String field) {
        return new Avg(field, false, null);
    }

    /** AVG over the given field or relation path, of the rows that meet {@code filter} only. */
    public static Avg of(String field, Q filter) {
        return new Avg(field, false, java.util.Objects.requireNonNull(filter, "filter"));
    }

    /** AVG over the distinct values of the given field or relation path. */
    public static Avg distinct(String field) {
        return new Avg(field, true, null);
    }

    /** AVG over the distinct values of the given field or relation path, of the rows that meet {@code filter} only. */
    public static Avg distinct(String field, Q filter) {
        return new Avg(field, true, java.util.Objects.requireNonNull(filter, "filter"));
    }

    @Override
    public String function() {
        return "AVG";
    }
}
