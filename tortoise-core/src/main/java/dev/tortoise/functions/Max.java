package dev.tortoise.functions;

/** {@code MAX}: The largest value of a field. */
public final class Max extends Aggregate {
    private Max(String field, boolean distinct) {
        super(field, distinct);
    }

    /** MAX over the given field or relation path. */
    public static Max of(String field) {
        return new Max(field, false);
    }

    /** MAX over the distinct values of the given field or relation path. */
    public static Max distinct(String field) {
        return new Max(field, true);
    }

    @Override
    public String function() {
        return "MAX";
    }
}
