package dev.tortoise.functions;

import dev.tortoise.Q;

/** {@code COUNT}: Counts the rows or related objects. */
public final class Count extends Aggregate {
    private Count(String field, boolean distinct, Q filter) {
        super(field, distinct, filter);
    }

    /** COUNT over the given field or relation path. */
    public static Count of(String field) {
        return new Count(field, false, null);
    }

    /** COUNT over the given field or relation path, of the rows that meet {@code filter} only. */
    public static Count of(String field, Q filter) {
        return new Count(field, false, java.util.Objects.requireNonNull(filter, "filter"));
    }

    /** COUNT over the distinct values of the given field or relation path. */
    public static Count distinct(String field) {
        return new Count(field, true, null);
    }

    /** COUNT over the distinct values of the given field or relation path, of the rows that meet {@code filter} only. */
    public static Count distinct(String field, Q filter) {
        return new Count(field, true, java.util.Objects.requireNonNull(filter, "filter"));
    }

    @Override
    public String function() {
        return "COUNT";
    }
}
