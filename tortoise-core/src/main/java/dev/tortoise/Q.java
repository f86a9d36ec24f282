package dev.tortoise;

import dev.tortoise.internal.query.Condition;
import java.util.Objects;

/**
 * A filter condition that can be combined: {@code Q.of("name__icontains", "cup").or(Q.of("prize__gt", 100)).not()}.
 * Lookups are upstream's {@code field__operator} strings, across relations with {@code __}
 * ({@code tournament__name}); a value may be a plain value, a model instance (compared by key), a
 * collection (for {@code in}, {@code not_in}, {@code range}) or an {@link Expression} ({@link F},
 * a function, a {@link Subquery} ...). Immutable
 * and thread-safe; names are checked when the query runs.
 */
public final class Q {
    private final Condition condition;

    private Q(Condition condition) {
        this.condition = condition;
    }

    /** One lookup and its value. */
    public static Q of(String lookup, Object value) {
        Objects.requireNonNull(lookup, "lookup");
        return new Q(new Condition.Leaf(lookup, value instanceof Expression e ? ExpressionTrees.of(e) : value));
    }

    /** A condition made by this package ({@code Subquery.exists}). */
    static Q of(Condition condition) {
        return new Q(condition);
    }

    /** Both this and the other condition. */
    public Q and(Q other) {
        return new Q(Condition.and(condition, other.condition));
    }

    /** This or the other condition. */
    public Q or(Q other) {
        return new Q(Condition.or(condition, other.condition));
    }

    /** The negation of this condition. */
    public Q not() {
        return new Q(condition instanceof Condition.Not n ? n.inner() : new Condition.Not(condition));
    }

    Condition condition() {
        return condition;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Q q && q.condition.equals(condition);
    }

    @Override
    public int hashCode() {
        return condition.hashCode();
    }

    @Override
    public String toString() {
        return "Q" + condition;
    }
}
