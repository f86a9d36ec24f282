package dev.tortoise.functions;

/** {@code AVG}: Averages a numeric field. */
public final class Avg extends Aggregate {
    private Avg(String field, boolean distinct) {
        super(field, distinct);
    }

    /** AVG over the given field or relation path. */
    public static Avg of(String field) {
        return new Avg(field, false);
    }

    /** AVG over the distinct values of the given field or relation path. */
    public static Avg distinct(String field) {
        return new Avg(field, true);
    }

    @Override
    public String function() {
        return "AVG";
    }
}
