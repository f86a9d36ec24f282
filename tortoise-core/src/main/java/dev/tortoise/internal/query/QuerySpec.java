package dev.tortoise.internal.query;

import dev.tortoise.Model;
import dev.tortoise.functions.Aggregate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
 * @param annotations    alias to aggregate, in order
 * @param groupBy        field paths grouped by
 * @param only           the only fields loaded, or null for all
 * @param usingDb        a connection alias that bypasses routing, or null
 * @param lock           a row lock, or null
 * @param linkedOwners   for prefetching a many-to-many: also select the owner key of each row through the join table
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
        Map<String, Aggregate> annotations,
        List<String> groupBy,
        List<String> only,
        String usingDb,
        RowLock lock,
        Condition.Linked linkedOwners) {

    /** {@code SELECT ... FOR UPDATE} and its options. */
    public record RowLock(boolean nowait, boolean skipLocked) {
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
    }

    /** Every row of a model. */
    public static QuerySpec of(Class<? extends Model> model) {
        return new QuerySpec(model, List.of(), null, null, null, false, List.of(), List.of(), Map.of(), List.of(),
                null, null, null, null);
    }

    public QuerySpec withFilter(Condition condition) {
        List<Condition> all = new ArrayList<>(filters);
        all.add(condition);
        return new QuerySpec(model, all, ordering, limit, offset, distinct, selectRelated, prefetch, annotations,
                groupBy, only, usingDb, lock, linkedOwners);
    }

    public QuerySpec withOrdering(List<String> terms) {
        return new QuerySpec(model, filters, terms, limit, offset, distinct, selectRelated, prefetch, annotations,
                groupBy, only, usingDb, lock, linkedOwners);
    }

    public QuerySpec withLimit(Integer rows) {
        return new QuerySpec(model, filters, ordering, rows, offset, distinct, selectRelated, prefetch, annotations,
                groupBy, only, usingDb, lock, linkedOwners);
    }

    public QuerySpec withOffset(Integer rows) {
        return new QuerySpec(model, filters, ordering, limit, rows, distinct, selectRelated, prefetch, annotations,
                groupBy, only, usingDb, lock, linkedOwners);
    }

    public QuerySpec withDistinct() {
        return new QuerySpec(model, filters, ordering, limit, offset, true, selectRelated, prefetch, annotations,
                groupBy, only, usingDb, lock, linkedOwners);
    }

    public QuerySpec withSelectRelated(List<String> paths) {
        return new QuerySpec(model, filters, ordering, limit, offset, distinct, concat(selectRelated, paths), prefetch,
                annotations, groupBy, only, usingDb, lock, linkedOwners);
    }

    public QuerySpec withPrefetch(List<String> paths) {
        return new QuerySpec(model, filters, ordering, limit, offset, distinct, selectRelated, concat(prefetch, paths),
                annotations, groupBy, only, usingDb, lock, linkedOwners);
    }

    public QuerySpec withAnnotation(String alias, Aggregate aggregate) {
        Map<String, Aggregate> all = new LinkedHashMap<>(annotations);
        all.put(alias, aggregate);
        return new QuerySpec(model, filters, ordering, limit, offset, distinct, selectRelated, prefetch, all,
                groupBy, only, usingDb, lock, linkedOwners);
    }

    public QuerySpec withGroupBy(List<String> fields) {
        return new QuerySpec(model, filters, ordering, limit, offset, distinct, selectRelated, prefetch, annotations,
                concat(groupBy, fields), only, usingDb, lock, linkedOwners);
    }

    public QuerySpec withOnly(List<String> fields) {
        return new QuerySpec(model, filters, ordering, limit, offset, distinct, selectRelated, prefetch, annotations,
                groupBy, fields, usingDb, lock, linkedOwners);
    }

    public QuerySpec withUsingDb(String alias) {
        return new QuerySpec(model, filters, ordering, limit, offset, distinct, selectRelated, prefetch, annotations,
                groupBy, only, alias, lock, linkedOwners);
    }

    public QuerySpec withLock(RowLock rowLock) {
        return new QuerySpec(model, filters, ordering, limit, offset, distinct, selectRelated, prefetch, annotations,
                groupBy, only, usingDb, rowLock, linkedOwners);
    }

    QuerySpec withLinkedOwners(Condition.Linked linked) {
        return new QuerySpec(model, filters, ordering, limit, offset, distinct, selectRelated, prefetch, annotations,
                groupBy, only, usingDb, lock, linked);
    }

    /** The same query without prefetching (prefetches run after the main query). */
    QuerySpec withoutPrefetch() {
        return new QuerySpec(model, filters, ordering, limit, offset, distinct, selectRelated, List.of(), annotations,
                groupBy, only, usingDb, lock, linkedOwners);
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
