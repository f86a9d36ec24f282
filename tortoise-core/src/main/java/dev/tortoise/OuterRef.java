package dev.tortoise;

import java.util.Objects;

/**
 * A field of the enclosing query's row, for a correlated {@link Subquery}:
 * {@code Subquery.exists(Event.objects.filter("tournament", OuterRef.of("id")))} keeps the
 * tournaments that have an event. Valid only inside a subquery's filters or expressions;
 * elsewhere it is a {@link dev.tortoise.exceptions.ParamsException}. Immutable.
 */
public final class OuterRef implements Expression {
    private final String field;

    private OuterRef(String field) {
        this.field = field;
    }

    /** The field (or {@code relation__field} path) of the enclosing query's model. */
    public static OuterRef of(String field) {
        return new OuterRef(Objects.requireNonNull(field, "field"));
    }

    /** The field path as given. */
    public String field() {
        return field;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OuterRef r && r.field.equals(field);
    }

    @Override
    public int hashCode() {
        return field.hashCode();
    }

    @Override
    public String toString() {
        return "OuterRef(" + field + ")";
    }
}
