package dev.tortoise.internal.query;

import dev.tortoise.internal.meta.ManyToManyMeta;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A filter as the caller wrote it, resolved against a model only when the query is compiled (so
 * queries can be built before {@code Tortoise.init}). Immutable.
 */
public sealed interface Condition {

    /** One lookup: {@code "tournament__name__icontains"} and its value (a plain value, a model, a collection or an {@link Expr}). */
    record Leaf(String lookup, Object value) implements Condition {
        public Leaf {
            Objects.requireNonNull(lookup, "lookup");
        }
    }

    /** Conditions joined with AND ({@code and} true) or OR. */
    record Junction(boolean and, List<Condition> parts) implements Condition {
        public Junction {
            parts = List.copyOf(parts);
        }
    }

    /** The negation of a condition. */
    record Not(Condition inner) implements Condition {
        public Not {
            Objects.requireNonNull(inner, "inner");
        }
    }

    /**
     * Rows of a many-to-many relation's target linked to one of the given owners' keys through the
     * join table: what a {@code ManyToManyRelation} holder queries.
     */
    record Linked(ManyToManyMeta relation, Collection<?> ownerKeys) implements Condition {
        public Linked {
            ownerKeys = List.copyOf(ownerKeys);
        }
    }

    /** {@code EXISTS (SELECT 1 FROM ... )} over the rows of another query (correlated with {@link Expr.Outer}). */
    record Exists(QuerySpec spec) implements Condition {
        public Exists {
            Objects.requireNonNull(spec, "spec");
        }
    }

    /** {@code a AND b}, flattening nested ANDs. */
    static Condition and(Condition a, Condition b) {
        return combine(true, a, b);
    }

    /** {@code a OR b}, flattening nested ORs. */
    static Condition or(Condition a, Condition b) {
        return combine(false, a, b);
    }

    private static Condition combine(boolean and, Condition a, Condition b) {
        List<Condition> parts = new ArrayList<>();
        for (Condition c : List.of(a, b)) {
            if (c instanceof Junction j && j.and() == and) {
                parts.addAll(j.parts());
            } else {
                parts.add(c);
            }
        }
        return new Junction(and, parts);
    }
}
