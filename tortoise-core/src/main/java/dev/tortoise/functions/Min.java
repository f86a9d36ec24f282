package dev.tortoise.functions;

/** {@code MIN}: The smallest value of a field. */
public final class Min extends Aggregate {
    private Min(String field, boolean distinct) {
        super(field, distinct);
    }

    /** MIN over the given field or relation path. */
    public static Min of(String field) {
        return new Min(field, false);
    }

    /** MIN over the distinct values of the given field or relation path. */
    public static Min distinct(String field) {
        return new Min(field, true);
    }

    @Override
    public String function() {
        return "MIN";
    }
}
