package dev.tortoise.functions;

/** {@code SUM}: Sums a numeric field. */
public final class Sum extends Aggregate {
    private Sum(String field, boolean distinct) {
        super(field, distinct);
    }

    /** SUM over the given field or relation path. */
    public static Sum of(String field) {
        return new Sum(field, false);
    }

    /** SUM over the distinct values of the given field or relation path. */
    public static Sum distinct(String field) {
        return new Sum(field, true);
    }

    @Override
    public String function() {
        return "SUM";
    }
}
