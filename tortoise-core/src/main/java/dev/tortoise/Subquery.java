package dev.tortoise;

import dev.tortoise.internal.query.Condition;
import java.util.Objects;

/**
 * A query inside another: {@code Subquery.of(Event.objects.filter("prize__gt", 100), "tournament")}
 * selects one field of the matching rows, for {@code filter("id__in", subquery)}, for comparing
 * ({@code filter("prize__gte", Subquery.of(... "prize" ... ).limit(1))}) or for
 * {@code annotate}; {@link #exists} is a condition. Inside, {@link OuterRef#of} refers to the
 * enclosing query's row (a correlated subquery). The inner query runs on the outer query's
 * connection, as one statement. Immutable.
 */
public final class Subquery implements Expression {
    private final QuerySet<?> query;
    private final String field;

    private Subquery(QuerySet<?> query, String field) {
        this.query = query;
        this.field = field;
    }

    /** The values of {@code field} (a field path of the inner query's model, or its annotation) in the rows of {@code query}. */
    public static Subquery of(QuerySet<?> query, String field) {
        return new Subquery(Objects.requireNonNull(query, "query"), Objects.requireNonNull(field, "field"));
    }

    /**
     * A condition that holds when {@code query} has a row ({@code EXISTS}); {@code .not()} gives
     * {@code NOT EXISTS}. Usually correlated: {@code Subquery.exists(Event.objects.filter("tournament",
     * OuterRef.of("id")))}.
     */
    public static Q exists(QuerySet<?> query) {
        Objects.requireNonNull(query, "query");
        return Q.of(new Condition.Exists(query.spec()));
    }

    QuerySet<?> query() {
        return query;
    }

    String field() {
        return field;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Subquery s && s.field.equals(field) && s.query.spec().equals(query.spec());
    }

    @Override
    public int hashCode() {
        return field.hashCode();
    }

    @Override
    public String toString() {
        return "Subquery(" + query.spec().model().getSimpleName() + "." + field + ")";
    }
}
