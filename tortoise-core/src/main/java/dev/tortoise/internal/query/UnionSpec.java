package dev.tortoise.internal.query;

import java.util.Objects;

/**
 * The two query sets a {@code union()} or {@code unionAll()} combines, in order. Either side may
 * itself be a union; each keeps its own filters, ordering, limit and offset.
 *
 * @param left  the query set the union was called on
 * @param right the query set given to it
 * @param all   {@code UNION ALL} (duplicates kept) rather than {@code UNION} (duplicates removed)
 */
public record UnionSpec(QuerySpec left, QuerySpec right, boolean all) {
    public UnionSpec {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }
}
