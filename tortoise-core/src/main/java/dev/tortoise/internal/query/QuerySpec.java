package dev.tortoise.internal.query;

import dev.tortoise.Model;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Everything a {@code QuerySet} says about its query, unresolved: names stay strings until the query
 * is compiled against the model's metadata. Immutable; every {@code with...} returns a copy.
 *
 * @param model          the model queried
 * @param filters        conditions, all of which must hold
 * @param ordering       {@code "-field"} / {@code "rel__field"} terms; null means the model's default ordering
 * @param limit          at most this many rows, or null
 * @param offset         rows skipped, or null
 * @param distinct       SELECT DISTINCT
 * @param selectRelated  relation paths filled by joins in the same query
 * @param prefetch       relation paths loaded by one extra query each
 * @param annotations    alias to expression (aggregates, functions, CASE ...), in order
 * @param groupBy        field paths grouped by
 * @param only           the only fields loaded, or null for all
 * @param usingDb        a connection alias that bypasses routing, or null
 * @param lock           a row lock, or null
 * @param linkedOwners   for prefetching a many-to-many: also select the owner key of each row through the join table
 * @param prefetchQueries relations loaded by one extra query each with a query of their own ({@code Prefetch} objects)
 * @param union          for {@code union()}/{@code unionAll()}: the two query sets combined, whose rows this
 *                       query reads (ordered, limited and offset by this spec), or null
 */
public record QuerySpec(
        Class<? extends Model> model,
        List<Condition> filters,
        List<String> ordering,
        Integer limit,
        Integer offset,
        boolean distinct,
        List<String> selectRelated,
        List<String> prefetch,
        Map<String, Expr> annotations,
        List<String> groupBy,
        List<String> only,
        String usingDb,
        RowLock lock,
        Condition.Linked linkedOwners,
        List<PrefetchQuery> prefetchQueries,
        UnionSpec union) {

    /** {@code SELECT ... FOR UPDATE} and its options. */
    public record RowLock(boolean nowait, boolean skipLocked, List<String> of) {
        public RowLock {
            of = of == null ? List.of() : List.copyOf(of);
        }

        /** A lock of the rows of the queried table (and, where the database locks joins, theirs). */
        public RowLock(boolean nowait, boolean skipLocked) {
            this(nowait, skipLocked, List.of());
        }
    }

    /**
     * A relation path loaded with a query of its own ({@code Prefetch.of(path, query)}).
     *
     * @param path   the relation, nested with {@code __}; the query loads its last relation
     * @param query  the related model's query: filters, ordering, {@code only}, annotations
     * @param toAttr the annotation that receives the loaded instances, or null for the relation itself
     */
    public record PrefetchQuery(String path, QuerySpec query, String toAttr) {
        public PrefetchQuery {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(query, "query");
        }
    }

    public QuerySpec {
        Objects.requireNonNull(model, "model");
        filters = List.copyOf(filters);
        ordering = ordering == null ? null : List.copyOf(ordering);
        selectRelated = List.copyOf(selectRelated);
        prefetch = List.copyOf(prefetch);
        annotations = Collections.unmodifiableMap(new LinkedHashMap<>(annotations));
        groupBy = List.copyOf(groupBy);
        only = only == null ? null : List.copyOf(only);
        prefetchQueries = prefetchQueries == null ? List.of() : List.copyOf(prefetchQueries);
    }

    /** Every row of a model. */
    public static QuerySpec of(Class<? extends Model> model) {
        return new QuerySpec(model, List.of(), null, null, null, false, List.of(), List.of(), Map.of(), List.of(),
                null, null, null, null, List.of(), null);
    }

    public QuerySpec withFilter(Condition condition) {
        List<Condition> all = new ArrayList<>(filters);
        all.add(condition);
        return copy(b -> b.filters = all);
    }

    public QuerySpec withOrdering(List<String> terms) {
        return copy(b -> b.ordering = terms);
    }

    public QuerySpec withLimit(Integer rows) {
        return copy(b -> b.limit = rows);
    }

    public QuerySpec withOffset(Integer rows) {
        return copy(b -> b.offset = rows);
    }

    public QuerySpec withDistinct() {
        return copy(b -> b.distinct = true);
    }

    public QuerySpec withSelectRelated(List<String> paths) {
        return copy(b -> b.selectRelated = concat(selectRelated, paths));
    }

    public QuerySpec withPrefetch(List<String> paths) {
        return copy(b -> b.prefetch = concat(prefetch, paths));
    }

    /**
     * Adds relations loaded with queries of their own; an equal one already present is not repeated.
     *
     * @throws dev.tortoise.exceptions.ParamsException when two queries would fill the same relation, or
     *         the same annotation of the same instances
     */
    public QuerySpec withPrefetchQueries(List<PrefetchQuery> added) {
        List<PrefetchQuery> all = new ArrayList<>(prefetchQueries);
        for (PrefetchQuery p : added) {
            if (!all.contains(p)) {
                PrefetchTree.checkConflict(all, p);
                all.add(p);
            }
        }
        return copy(b -> b.prefetchQueries = all);
    }

    /** Whether relations are loaded after the main query, by name or with queries of their own. */
    public boolean prefetches() {
        return !prefetch.isEmpty() || !prefetchQueries.isEmpty();
    }

    public QuerySpec withAnnotation(String alias, Expr expression) {
        Map<String, Expr> all = new LinkedHashMap<>(annotations);
        all.put(alias, expression);
        return copy(b -> b.annotations = all);
    }

    public QuerySpec withGroupBy(List<String> fields) {
        return copy(b -> b.groupBy = concat(groupBy, fields));
    }

    public QuerySpec withOnly(List<String> fields) {
        return copy(b -> b.only = fields);
    }

    public QuerySpec withUsingDb(String alias) {
        return copy(b -> b.usingDb = alias);
    }

    public QuerySpec withLock(RowLock rowLock) {
        return copy(b -> b.lock = rowLock);
    }

    QuerySpec withLinkedOwners(Condition.Linked linked) {
        return copy(b -> b.linkedOwners = linked);
    }

    /** The rows of a union instead of the model's table. */
    public QuerySpec withUnion(UnionSpec members) {
        return copy(b -> b.union = members);
    }

    /** The same query without prefetching (prefetches run after the main query). */
    QuerySpec withoutPrefetch() {
        return copy(b -> {
            b.prefetch = List.of();
            b.prefetchQueries = List.of();
        });
    }

    /** A copy with the changes a builder of this spec's values receives. */
    private QuerySpec copy(Consumer<Copy> change) {
        Copy b = new Copy(this);
        change.accept(b);
        return new QuerySpec(model, b.filters, b.ordering, b.limit, b.offset, b.distinct, b.selectRelated, b.prefetch,
                b.annotations, b.groupBy, b.only, b.usingDb, b.lock, b.linkedOwners,
                b.prefetchQueries, b.union);
    }

    /** The values of a spec being copied, each open to change once. */
    private static final class Copy {
        List<Condition> filters;
        List<String> ordering;
        Integer limit;
        Integer offset;
        boolean distinct;
        List<String> selectRelated;
        List<String> prefetch;
        Map<String, Expr> annotations;
        List<String> groupBy;
        List<String> only;
        String usingDb;
        RowLock lock;
        Condition.Linked linkedOwners;
        List<PrefetchQuery> prefetchQueries;
        UnionSpec union;

        Copy(QuerySpec s) {
            filters = s.filters;
            ordering = s.ordering;
            limit = s.limit;
            offset = s.offset;
            distinct = s.distinct;
            selectRelated = s.selectRelated;
            prefetch = s.prefetch;
            annotations = s.annotations;
            groupBy = s.groupBy;
            only = s.only;
            usingDb = s.usingDb;
            lock = s.lock;
            linkedOwners = s.linkedOwners;
            prefetchQueries = s.prefetchQueries;
            union = s.union;
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        for (String s : b) {
            if (!all.contains(s)) {
                all.add(s);
            }
        }
        return all;
    }
}
