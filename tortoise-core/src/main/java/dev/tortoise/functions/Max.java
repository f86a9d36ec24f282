package dev.tortoise.functions;

import dev.tortoise.Q;

/** {@code MAX}: The largest value of a field. */
public final class Max extends Aggregate {
    private Max(String field, boolean distinct, Q filter) {
        super(field, distinct, filter);
    }

    /** MAX over the given field or relation path. */
    public static Max of(String field) {
        return new Max(field, false, null);
    }

    /** MAX over the given field or relation path, of the rows that meet {@code filter} only. */
    public static Max of(String field, Q filter) {
        return new Max(field, false, java.util.Objects.requireNonNull(filter, "filter"));
    }

    /** MAX over the distinct values of the given field or relation path. */
    public static Max distinct(String field) {
        return new Max(field, true, null);
    }

    /** MAX over the distinct values of the given field or relation path, of the rows that meet {@code filter} only. */
    public static Max distinct(String field, Q filter) {
        return new Max(field, true, java.util.Objects.requireNonNull(filter, "filter"));
    }

    @Override
    public String function() {
        return "MAX";
    }
}
