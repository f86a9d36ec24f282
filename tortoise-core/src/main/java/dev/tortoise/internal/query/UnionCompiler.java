package dev.tortoise.internal.query;

import dev.tortoise.exceptions.FieldException;
import dev.tortoise.exceptions.ParamsException;
import dev.tortoise.internal.meta.FieldMeta;
import dev.tortoise.internal.meta.ForeignKeyMeta;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Compiles a union ({@link QuerySpec#union()}) into one compound SELECT. Each side is compiled by
 * its own {@link SelectCompiler}, with its own joins and parameters (appended in order), and
 * selects the same columns in the same order: the model's fields, or those of {@code only()},
 * which must then name the same fields on every side.
 *
 * <p>A side with a limit or offset keeps its ordering and is wrapped in a derived table
 * ({@code SELECT * FROM (...) "_u1"}), the one form every database accepts (SQLite allows no
 * parentheses around a compound member, and none allows ORDER BY/LIMIT on a bare member). A side
 * without one loses its ordering, which could not change the union's rows. A left side that is
 * itself an unlimited union is written inline, since UNION and UNION ALL associate to the left;
 * a right side that is a union is wrapped.
 *
 * <p>The union's own ordering, limit and offset apply to the derived table {@code "_union"} holding
 * the compound, so an ordering term can be any expression of a column (SQLite compares decimals
 * through a cast), which ORDER BY directly on a compound would not allow. Ordering terms and values
 * name the model's own fields; a relation path is a {@link FieldException}.
 */
final class UnionCompiler {
    private static final String OUTER = "_union";

    private final QueryContext ctx;
    private final QuerySpec spec;
    private final int[] derived;

    UnionCompiler(QueryContext ctx, QuerySpec spec) {
        this(ctx, spec, new int[1]);
    }

    private UnionCompiler(QueryContext ctx, QuerySpec spec, int[] derived) {
        this.ctx = ctx;
        this.spec = spec;
        this.derived = derived;
        String refused = Unions.refusedPart(spec);
        if (refused != null) {
            throw new ParamsException(refused + " cannot follow union() on " + ctx.meta.name());
        }
    }

    /** SELECT of model instances: the compound, ordered and limited as the union asks. */
    SelectCompiler.Compiled models() {
        Shape shape = shape();
        List<RowMapper.Column> columns = new ArrayList<>();
        for (FieldMeta field : shape.fields()) {
            columns.add(new RowMapper.Column(field.column(), field));
        }
        RowMapper mapper = new RowMapper(ctx.meta, columns, List.of(), shape.only() != null, ctx.codec, null);
        return new SelectCompiler.Compiled(select(shape, spec), mapper, null);
    }

    /** SELECT of the given fields of the union's rows (every loaded field when none is given), keyed as given. */
    SelectCompiler.Compiled values(List<String> paths) {
        Shape shape = shape();
        List<String> keys = new ArrayList<>(paths);
        if (keys.isEmpty()) {
            shape.fields().forEach(f -> keys.add(f.name()));
        }
        SqlText select = new SqlText().append("SELECT ");
        List<ValueReader.Column> columns = new ArrayList<>();
        for (String key : keys) {
            FieldMeta field = ownField(key, shape, "read");
            select.append(columns.isEmpty() ? "" : ",").append(outerColumn(field)).append(" ").append(ctx.sql.quote(key));
            columns.add(new ValueReader.Column(key, new ResultType.OfField(field)));
        }
        select.append(" FROM (").append(compound(spec, shape)).append(") ").append(ctx.sql.quote(OUTER));
        tail(select, shape, spec);
        return new SelectCompiler.Compiled(select, null, columns);
    }

    /** {@code SELECT COUNT(*)} over the union's rows, its limit and offset included. */
    SqlText count() {
        return new SqlText().append("SELECT COUNT(*) FROM (").append(select(shape(), unorderedUnlessLimited()))
                .append(") ").append(ctx.sql.quote("_count"));
    }

    /** {@code SELECT 1 ... LIMIT 1} over the union's rows. */
    SqlText exists() {
        SqlText out = new SqlText().append("SELECT 1 FROM (").append(select(shape(), unorderedUnlessLimited()))
                .append(") ").append(ctx.sql.quote("_exists"));
        ctx.sql.limitOffset(out, 1, null);
        return out;
    }

    private QuerySpec unorderedUnlessLimited() {
        return spec.limit() == null && spec.offset() == null ? spec.withOrdering(List.of()) : spec;
    }

    /** The compound alone when the union is neither ordered nor limited, else wrapped and finished. */
    private SqlText select(Shape shape, QuerySpec union) {
        SqlText compound = compound(union, shape);
        SqlText tail = new SqlText();
        tail(tail, shape, union);
        if (tail.isEmpty()) {
            return compound;
        }
        return new SqlText().append("SELECT * FROM (").append(compound).append(") ").append(ctx.sql.quote(OUTER))
                .append(tail);
    }

    /** ORDER BY over {@code "_union"}'s columns, then LIMIT/OFFSET. */
    private void tail(SqlText out, Shape shape, QuerySpec union) {
        List<String> terms = union.ordering();
        boolean defaults = terms == null;
        if (defaults) {
            terms = ctx.meta.ordering();
            // A default ordering through relations cannot apply to a union's columns: the union is then unordered.
            for (String term : terms) {
                if (ownFieldOrNull(strip(term), shape) == null) {
                    terms = List.of();
                    break;
                }
            }
        }
        boolean first = true;
        for (String term : terms) {
            FieldMeta field = ownField(strip(term), shape, "order");
            out.append(first ? " ORDER BY " : ",").append(ctx.codec.comparableColumn(field, outerColumn(field)))
                    .append(term.startsWith("-") ? " DESC" : " ASC");
            first = false;
        }
        if (union.limit() != null || union.offset() != null) {
            ctx.sql.limitOffset(out, union.limit(), union.offset());
        }
    }

    private static String strip(String term) {
        return term.startsWith("-") || term.startsWith("+") ? term.substring(1) : term;
    }

    /** {@code side UNION [ALL] side}, each side compiled with its own joins and parameters. */
    private SqlText compound(QuerySpec union, Shape shape) {
        UnionSpec members = union.union();
        SqlText out = new SqlText();
        QuerySpec left = members.left();
        if (left.union() != null && left.limit() == null && left.offset() == null) {
            out.append(compound(left, shape));
        } else {
            side(out, left, shape);
        }
        out.append(members.all() ? " UNION ALL " : " UNION ");
        side(out, members.right(), shape);
        return out;
    }

    private void side(SqlText out, QuerySpec side, Shape shape) {
        boolean limited = side.limit() != null || side.offset() != null;
        SqlText sql;
        if (side.union() != null) {
            sql = new UnionCompiler(ctx, side, derived).select(shape, limited ? side : side.withOrdering(List.of()));
        } else {
            QuerySpec member = side.withOnly(shape.only()).withoutPrefetch();
            sql = new SelectCompiler(ctx, limited ? member : member.withOrdering(List.of())).models().sql();
        }
        if (side.union() == null && !limited) {
            out.append(sql);
            return;
        }
        out.append("SELECT * FROM (").append(sql).append(") ").append(ctx.sql.quote("_u" + ++derived[0]));
    }

    // ---- columns -------------------------------------------------------------------------------

    /**
     * The columns every side selects: the fields loaded by the first side, in the model's order.
     *
     * @param fields the loaded fields, primary key first
     * @param only   the {@code only()} list that makes every side load exactly them, or null for all fields
     */
    private record Shape(List<FieldMeta> fields, List<String> only) {
    }

    private Shape shape() {
        List<QuerySpec> sides = new ArrayList<>();
        collectSides(spec, sides);
        Set<FieldMeta> loaded = null;
        QuerySpec firstSide = null;
        boolean anyOnly = false;
        for (QuerySpec side : sides) {
            Set<FieldMeta> fields = new LinkedHashSet<>(new SelectCompiler(ctx, side).loadedFields());
            anyOnly |= side.only() != null;
            if (loaded == null) {
                loaded = fields;
                firstSide = side;
            } else if (!loaded.equals(fields)) {
                throw new ParamsException("union() needs the same fields on every side, but one side of this "
                        + ctx.meta.name() + " union loads " + names(loaded) + (firstSide.only() == null ? " (all)" : "")
                        + " and another " + names(fields) + (side.only() == null ? " (all)" : "")
                        + "; call only() with the same fields on each side, or on none");
            }
        }
        if (!anyOnly) {
            return new Shape(ctx.meta.fields(), null);
        }
        List<String> only = new ArrayList<>();
        for (FieldMeta field : ctx.meta.fields()) {
            if (loaded.contains(field)) {
                only.add(field.name());
            }
        }
        return new Shape(new SelectCompiler(ctx, firstSide.withOnly(only)).loadedFields(), only);
    }

    private static void collectSides(QuerySpec union, List<QuerySpec> into) {
        for (QuerySpec side : List.of(union.union().left(), union.union().right())) {
            if (side.union() != null) {
                collectSides(side, into);
            } else {
                into.add(side);
            }
        }
    }

    private static List<String> names(Set<FieldMeta> fields) {
        return fields.stream().map(FieldMeta::name).toList();
    }

    private String outerColumn(FieldMeta field) {
        return ctx.sql.quote(OUTER) + "." + ctx.sql.quote(field.column());
    }

    /**
     * The loaded field a name means ({@code pk}, a field, or a foreign key, meaning its key column).
     *
     * @throws FieldException for a relation path, a name that is no field, or a field not loaded
     */
    private FieldMeta ownField(String name, Shape shape, String use) {
        FieldMeta field = ownFieldOrNull(name, shape);
        if (field != null) {
            return field;
        }
        List<String> valid = shape.fields().stream().map(FieldMeta::name).toList();
        String what = use.equals("order") ? "order a union of " + ctx.meta.name() + " query sets by '" + name + "'"
                : "read '" + name + "' from a union of " + ctx.meta.name() + " query sets";
        String head = name.split("__", -1)[0];
        Object member = ctx.meta.member(head);
        String why = member == null ? ": " + ctx.meta.name() + " has no field '" + head + "'"
                : name.contains("__") || !(member instanceof FieldMeta || member instanceof ForeignKeyMeta)
                ? ": it goes through a relation, and a union's rows hold only the model's own columns"
                : ": only() on the sides does not load it";
        throw new FieldException("Cannot " + what + why + "; " + (use.equals("order") ? "order by" : "name")
                + " one of the model's own fields: " + valid);
    }

    private FieldMeta ownFieldOrNull(String name, Shape shape) {
        Object member = ctx.meta.member(name);
        FieldMeta field = member instanceof FieldMeta f ? f : member instanceof ForeignKeyMeta fk ? fk.keyField() : null;
        return field != null && shape.fields().contains(field) ? field : null;
    }
}
