package dev.tortoise.functions;

/** {@code COUNT}: Counts the rows or related objects. */
public final class Count extends Aggregate {
    private Count(String field, boolean distinct) {
        super(field, distinct);
    }

    /** COUNT over the given field or relation path. */
    public static Count of(String field) {
        return new Count(field, false);
    }

    /** COUNT over the distinct values of the given field or relation path. */
    public static Count distinct(String field) {
        return new Count(field, true);
    }

    @Override
    public String function() {
        return "COUNT";
    }
}
