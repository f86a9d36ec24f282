package dev.tortoise.functions;

import dev.tortoise.Q;

/** {@code MIN}: The smallest value of a field. */
public final class Min extends Aggregate {
    private Min(String field, boolean distinct, Q filter) {
        super(field, distinct, filter);
    }

    /** MIN over the given field or relation path. */
    public static Min of(String field) {
        return new Min(field, false, null);
    }

    /** MIN over the given field or relation path, of the rows that meet {@code filter} only. */
    public static Min of(String field, Q filter) {
        return new Min(field, false, java.util.Objects.requireNonNull(filter, "filter"));
    }

    /** MIN over the distinct values of the given field or relation path. */
    public static Min distinct(String field) {
        return new Min(field, true, null);
    }

    /** MIN over the distinct values of the given field or relation path, of the rows that meet {@code filter} only. */
    public static Min distinct(String field, Q filter) {
        return new Min(field, true, java.util.Objects.requireNonNull(filter, "filter"));
    }

    @Override
    public String function() {
        return "MIN";
    }
}
