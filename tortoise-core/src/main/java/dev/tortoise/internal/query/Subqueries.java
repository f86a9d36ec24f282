package dev.tortoise.internal.query;

import dev.tortoise.exceptions.ParamsException;
import java.util.List;

/**
 * Queries inside a query: a {@code Subquery} selecting one field, {@code EXISTS}, and the
 * {@code OuterRef}s through which they read the enclosing row. Each inner SELECT is compiled by its
 * own {@link SelectCompiler} on the same connection, its tables aliased {@code _s<depth>} so that a
 * table read inside and outside (a correlated query over the same model) is two tables.
 */
final class Subqueries {
    private final QueryContext ctx;
    private final PathResolver resolver;
    private final int depth;

    /** The subqueries of the query that {@code resolver} resolves, at {@code depth} (0 for a statement). */
    Subqueries(QueryContext ctx, PathResolver resolver, int depth) {
        this.ctx = ctx;
        this.resolver = resolver;
        this.depth = depth;
    }

    /**
     * {@code (SELECT field ...)}; {@code inList} when it is the right of an {@code IN}, where a database
     * that cannot limit such a subquery (MySQL/MariaDB) gets it in a derived table.
     */
    Computed select(Expr.Sub sub, boolean inList) {
        QuerySpec spec = sub.spec().withoutPrefetch().withLock(null);
        SelectCompiler inner = new SelectCompiler(ctx.sibling(spec.model()), spec, resolver, depth + 1);
        SelectCompiler.Compiled compiled = inner.values(List.of(sub.field()));
        SqlText sql = new SqlText().append("(");
        boolean derived = inList && (spec.limit() != null || spec.offset() != null)
                && ctx.sql.keysSubqueryNeedsDerivedTable();
        if (derived) {
            sql.append("SELECT * FROM (").append(compiled.sql()).append(") ").append(ctx.sql.quote("_sub" + (depth + 1)));
        } else {
            sql.append(compiled.sql());
        }
        return new Computed(sql.append(")"), compiled.values().getFirst().type(), false, List.of());
    }

    /** {@code EXISTS (SELECT 1 ...)} over the rows of another query. */
    SqlText exists(QuerySpec spec) {
        SelectCompiler inner = new SelectCompiler(ctx.sibling(spec.model()), spec.withoutPrefetch().withLock(null),
                resolver, depth + 1);
        return new SqlText().append("EXISTS (").append(inner.exists()).append(")");
    }

    /**
     * A field of the enclosing query's row.
     *
     * @throws ParamsException outside a subquery
     */
    Computed outer(Expr.Outer ref) {
        PathResolver outer = resolver.outer();
        if (outer == null) {
            throw new ParamsException("OuterRef.of(\"" + ref.path() + "\") refers to the enclosing query's row, so it"
                    + " is valid only inside a Subquery (Subquery.of or Subquery.exists)");
        }
        Target t = outer.resolve(ref.path(), PathResolver.Usage.VALUES);
        if (t.computed() != null) {
            return new Computed(t.computed().sql(), t.computed().type(), false, List.of());
        }
        String column = t.field() != null ? ctx.codec.comparableColumn(t.field(), t.sql()) : t.sql();
        ResultType type = t.field() != null ? new ResultType.OfField(t.field()) : ResultType.RAW;
        return new Computed(new SqlText().append(column), type, false, List.of());
    }
}
