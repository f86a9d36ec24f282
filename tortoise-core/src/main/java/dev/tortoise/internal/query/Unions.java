package dev.tortoise.internal.query;

import dev.tortoise.exceptions.ParamsException;
import java.util.List;
import java.util.Objects;

/**
 * Builds the spec of {@code QuerySet.union()} / {@code unionAll()} and guards what may follow one.
 *
 * <p>A union reads rows of the model's own columns from its sides, so only what works on such
 * rows may follow it: {@code orderBy} (by the model's own fields), {@code limit}, {@code offset},
 * {@code prefetchRelated}, {@code usingDb}, another union, and the reading terminals. Everything
 * that would change how a side selects its rows (filters, annotations, grouping, joins for
 * {@code selectRelated}, {@code only}, {@code distinct}, row locks) or would write rows
 * ({@code update}, {@code delete}) is refused with a {@link ParamsException}: writing it as SQL over
 * the union would either be wrong or silently mean something else.
 */
public final class Unions {
    private Unions() {
    }

    /**
     * The spec of {@code left UNION [ALL] right}, unordered and unlimited, on the connection either
     * side names with {@code usingDb}.
     *
     * @throws ParamsException when the sides are of different models, name different connections,
     *         or one of them annotates, groups, joins with {@code selectRelated}, prefetches or locks
     */
    public static QuerySpec of(QuerySpec left, QuerySpec right, boolean all) {
        Objects.requireNonNull(right, "other");
        String operation = all ? "unionAll()" : "union()";
        if (left.model() != right.model()) {
            throw new ParamsException(operation + " combines query sets of one model: a QuerySet<"
                    + left.model().getSimpleName() + "> cannot take a QuerySet<" + right.model().getSimpleName() + ">");
        }
        checkSide(left, operation);
        checkSide(right, operation);
        String db = left.usingDb() != null ? left.usingDb() : right.usingDb();
        if (right.usingDb() != null && !right.usingDb().equals(db)) {
            throw new ParamsException(operation + " runs on one connection, but its sides name '" + left.usingDb()
                    + "' and '" + right.usingDb() + "' with usingDb(); call usingDb() once, on the union");
        }
        QuerySpec spec = QuerySpec.of(left.model()).withUnion(new UnionSpec(left, right, all));
        return db == null ? spec : spec.withUsingDb(db);
    }

    /**
     * {@code after}, when a builder may turn the query {@code before} into it; a union accepts only
     * ordering, limit, offset, prefetching and a connection.
     *
     * @throws ParamsException naming the builder that cannot follow a union, and what to do instead
     */
    public static QuerySpec checkChange(QuerySpec before, QuerySpec after) {
        if (before.union() == null || after.union() != before.union()) {
            return after;
        }
        String refused = refusedPart(after);
        if (refused != null) {
            throw new ParamsException(refused + " cannot follow union() on " + before.model().getSimpleName() + ": "
                    + advice(refused));
        }
        return after;
    }

    /**
     * Refuses a statement that writes the rows of a union's query ({@code update()}, {@code delete()}).
     *
     * @throws ParamsException when {@code spec} is a union
     */
    public static void refuseWrite(QuerySpec spec, String operation) {
        if (spec.union() != null) {
            throw new ParamsException(operation + " cannot follow union() on " + spec.model().getSimpleName()
                    + ": a union's rows are read, not written; " + operation + " the query set of each side instead");
        }
    }

    /** Which builder changed a part a union cannot have, or null when the spec is a plain union. */
    static String refusedPart(QuerySpec spec) {
        if (!spec.filters().isEmpty()) {
            return "filter()/exclude()";
        }
        if (!spec.annotations().isEmpty()) {
            return "annotate()";
        }
        if (!spec.groupBy().isEmpty()) {
            return "groupBy()";
        }
        if (!spec.selectRelated().isEmpty()) {
            return "selectRelated()";
        }
        if (spec.only() != null) {
            return "only()";
        }
        if (spec.distinct()) {
            return "distinct()";
        }
        if (spec.lock() != null) {
            return "selectForUpdate()";
        }
        return spec.linkedOwners() != null ? "a prefetch of a many-to-many" : null;
    }

    private static String advice(String refused) {
        return switch (refused) {
            case "filter()/exclude()" -> "filter each side before combining them, as in"
                    + " a.filter(...).union(b.filter(...))";
            case "annotate()", "groupBy()" -> "a union combines rows of the model's own columns; annotate or"
                    + " group a query of the model instead";
            case "selectRelated()" -> "a union's rows hold the model's own columns only; load relations with"
                    + " prefetchRelated() on the union";
            case "only()" -> "call only() with the same fields on each side";
            case "distinct()" -> "union() already removes duplicate rows (unionAll() keeps them)";
            case "selectForUpdate()" -> "lock the rows with a selectForUpdate() query of the model";
            default -> "it does not apply to the rows of a union";
        };
    }

    private static void checkSide(QuerySpec side, String operation) {
        String refused = side.union() != null ? null : refusedSidePart(side);
        if (refused != null) {
            throw new ParamsException(operation + " takes query sets that read the model's own columns, but a side"
                    + " of this " + side.model().getSimpleName() + " union uses " + refused + "; " + sideAdvice(refused));
        }
        if (!side.prefetch().isEmpty()) {
            throw new ParamsException(operation + ": prefetchRelated() " + side.prefetch() + " on a side of a "
                    + side.model().getSimpleName() + " union is not supported; call prefetchRelated() on the union");
        }
    }

    /** The parts a side may not have: those that add columns, joins to map, or locks. */
    private static String refusedSidePart(QuerySpec side) {
        if (!side.annotations().isEmpty()) {
            return "annotate() " + List.copyOf(side.annotations().keySet());
        }
        if (!side.groupBy().isEmpty()) {
            return "groupBy() " + side.groupBy();
        }
        if (!side.selectRelated().isEmpty()) {
            return "selectRelated() " + side.selectRelated();
        }
        if (side.lock() != null) {
            return "selectForUpdate()";
        }
        return side.linkedOwners() != null ? "a prefetch of a many-to-many" : null;
    }

    private static String sideAdvice(String refused) {
        if (refused.startsWith("selectRelated()")) {
            return "call prefetchRelated() on the union to load relations";
        }
        if (refused.startsWith("selectForUpdate()")) {
            return "lock the rows with a selectForUpdate() query of the model";
        }
        return "combine query sets without annotations or grouping";
    }
}
