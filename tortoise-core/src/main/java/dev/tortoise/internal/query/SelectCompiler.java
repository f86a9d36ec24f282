package dev.tortoise.internal.query;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.exceptions.FieldException;
import dev.tortoise.exceptions.ParamsException;
import dev.tortoise.internal.meta.FieldMeta;
import dev.tortoise.internal.meta.ForeignKeyMeta;
import dev.tortoise.internal.meta.ManyToManyMeta;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles a {@link QuerySpec} into one SELECT: the projection (model columns with
 * {@code selectRelated} joins, values, a count, an existence test or keys), then WHERE, GROUP BY,
 * HAVING, ORDER BY, LIMIT/OFFSET and the row lock, in that order. One compiler per statement.
 */
final class SelectCompiler {
    private final QueryContext ctx;
    private final QuerySpec spec;
    private final Joins joins;
    private final PathResolver resolver;
    private final ConditionCompiler conditions;
    private final List<String> groupColumns = new ArrayList<>();
    private Joins.Node through;

    private final boolean aggregated;

    SelectCompiler(QueryContext ctx, QuerySpec spec) {
        this(ctx, spec, null, 0);
    }

    /**
     * A compiler of a SELECT inside another ({@code outer} set, for {@code OuterRef}), whose tables
     * are named apart from the enclosing query's by {@code depth}.
     */
    SelectCompiler(QueryContext ctx, QuerySpec spec, PathResolver outer, int depth) {
        this.ctx = ctx;
        this.spec = spec;
        this.joins = depth == 0 ? new Joins(ctx.meta, ctx.sql) : new Joins(ctx.meta, ctx.sql, "_s" + depth);
        this.conditions = ExprSql.compilers(ctx, joins, spec.annotations(), outer, depth);
        this.resolver = conditions.resolver();
        boolean any = false;
        for (String alias : spec.annotations().keySet()) {
            if (ctx.meta.member(alias) != null) {
                throw new FieldException("Annotation '" + alias + "' conflicts with a field of " + ctx.meta.name()
                        + "; choose an alias that is not one of " + ctx.meta.names());
            }
            any |= resolver.annotation(alias).aggregate();
        }
        this.aggregated = any;
    }

    /** A compiled statement and how to read its rows. */
    record Compiled(SqlText sql, RowMapper mapper, List<ValueReader.Column> values) {
    }

    /** SELECT of model instances. */
    Compiled models() {
        if (spec.union() != null) {
            return new UnionCompiler(ctx, spec).models();
        }
        SqlText select = new SqlText();
        List<RowMapper.Column> root = new ArrayList<>();
        for (FieldMeta field : loadedFields()) {
            String column = joins.column(joins.root(), field.column());
            select.append(select.isEmpty() ? "" : ",").append(column);
            groupColumns.add(column);
            root.add(new RowMapper.Column(field.column(), field));
        }
        List<RowMapper.Related> related = new SelectRelated(ctx, joins, groupColumns).add(spec.selectRelated(), select);
        List<ValueReader.Column> annotations = new ArrayList<>();
        for (String alias : spec.annotations().keySet()) {
            Computed c = resolver.annotation(alias).computed();
            select.append(",").append(c.sql()).append(" ").append(ctx.sql.quote(alias));
            if (!c.aggregate()) {
                groupColumns.addAll(c.columns());
            }
            annotations.add(new ValueReader.Column(alias, c.type()));
        }
        RowMapper.Column owner = linkedOwner(select);
        SqlText sql = assemble(select, true, true);
        ValueReader reader = annotations.isEmpty() ? null : new ValueReader(annotations, ctx.codec);
        return new Compiled(sql, new RowMapper(ctx.meta, root, related, spec.only() != null, ctx.codec, owner, reader),
                null);
    }

    /** SELECT of the given paths (all fields and annotations when none are given), keyed as given. */
    Compiled values(List<String> paths) {
        if (spec.union() != null) {
            return new UnionCompiler(ctx, spec).values(paths);
        }
        List<String> keys = new ArrayList<>(paths);
        if (keys.isEmpty()) {
            ctx.meta.fields().forEach(f -> keys.add(f.name()));
            keys.addAll(spec.annotations().keySet());
        }
        SqlText select = new SqlText();
        List<ValueReader.Column> columns = new ArrayList<>();
        if (aggregated && spec.groupBy().isEmpty()) {
            groupColumns.add(joins.column(joins.root(), ctx.meta.pk().column()));
        }
        for (String key : keys) {
            Target t = resolver.resolve(key, PathResolver.Usage.VALUES);
            select.append(select.isEmpty() ? "" : ",");
            if (t.computed() != null) {
                select.append(t.computed().sql());
                if (!t.aggregate() && spec.groupBy().isEmpty()) {
                    groupColumns.addAll(t.computed().columns());
                }
            } else {
                select.append(t.sql());
                if (spec.groupBy().isEmpty()) {
                    groupColumns.add(t.sql());
                }
            }
            select.append(" ").append(ctx.sql.quote(key));
            columns.add(new ValueReader.Column(key, t.type()));
        }
        return new Compiled(assemble(select, true, true), null, columns);
    }

    /**
     * One row of aggregates over every matching row ({@code QuerySet.aggregate}), no grouping.
     *
     * @throws ParamsException when an expression does not aggregate, or the query is grouped,
     *         sliced or distinct (whose rows one SELECT cannot aggregate)
     */
    Compiled aggregate(java.util.Map<String, Expr> expressions) {
        if (spec.union() != null) {
            throw new ParamsException("aggregate() cannot read a union; aggregate each side, or read the union's rows"
                    + " with values()");
        }
        if (aggregated || !spec.groupBy().isEmpty() || spec.limit() != null || spec.offset() != null || spec.distinct()) {
            throw new ParamsException("aggregate() of " + ctx.meta.name() + " works on a query that is not grouped,"
                    + " sliced or distinct (it has " + (aggregated ? "aggregate annotations" : !spec.groupBy().isEmpty()
                    ? "groupBy" : spec.distinct() ? "distinct()" : "limit/offset") + "); aggregate the model's rows"
                    + " directly, or read the grouped rows with values()");
        }
        if (expressions.isEmpty()) {
            throw new ParamsException("aggregate() needs at least one alias and aggregate, for example"
                    + " Map.of(\"total\", Sum.of(\"prize\"))");
        }
        SqlText select = new SqlText();
        List<ValueReader.Column> columns = new ArrayList<>();
        ExprSql compiler = resolver.expressions();
        for (java.util.Map.Entry<String, Expr> e : expressions.entrySet()) {
            Computed c = compiler.compile(e.getValue());
            if (!c.aggregate()) {
                throw new ParamsException("aggregate(): '" + e.getKey() + "' is " + e.getValue() + ", which is not an"
                        + " aggregate; use Count, Sum, Avg, Min or Max (or annotate() for a value per row)");
            }
            select.append(select.isEmpty() ? "" : ",").append(c.sql()).append(" ").append(ctx.sql.quote(e.getKey()));
            columns.add(new ValueReader.Column(e.getKey(), c.type()));
        }
        return new Compiled(assemble(select, false, false), null, columns);
    }

    /** {@code SELECT COUNT(*)}, counting the rows {@link #models()} would return. */
    SqlText count() {
        if (spec.union() != null) {
            return new UnionCompiler(ctx, spec).count();
        }
        boolean wrap = spec.distinct() || spec.limit() != null || spec.offset() != null
                || !spec.annotations().isEmpty() || !spec.groupBy().isEmpty();
        if (!wrap) {
            return assemble(new SqlText().append("COUNT(*)"), false, false);
        }
        SqlText inner = spec.groupBy().isEmpty() ? models().sql() : values(spec.groupBy()).sql();
        return new SqlText().append("SELECT COUNT(*) FROM (").append(inner).append(") ")
                .append(ctx.sql.quote("_count"));
    }

    /** {@code SELECT 1 ... LIMIT 1}. */
    SqlText exists() {
        if (spec.union() != null) {
            return new UnionCompiler(ctx, spec).exists();
        }
        SqlText out = assemble(new SqlText().append("1"), false, false);
        ctx.sql.limitOffset(out, 1, null);
        return out;
    }

    /** {@code SELECT pk}, for the sub-select of an UPDATE or DELETE that needs joins or a limit. */
    SqlText keys() {
        return assemble(new SqlText().append(joins.column(joins.root(), ctx.meta.pk().column())), true, false);
    }

    /** Whether the filters need tables besides the model's own (known after compiling). */
    Joins joins() {
        return joins;
    }

    /** The conditions alone, for UPDATE and DELETE; null when one of them needs a HAVING. */
    SqlText where() {
        SqlText where = new SqlText();
        for (Condition filter : spec.filters()) {
            ConditionCompiler.Compiled c = conditions.compile(filter);
            if (c.aggregate()) {
                return null;
            }
            where.append(where.isEmpty() ? "" : " AND ").append(c.sql());
        }
        return where;
    }

    private SqlText assemble(SqlText select, boolean ordered, boolean lockable) {
        SqlText where = new SqlText();
        SqlText having = new SqlText();
        if (spec.linkedOwners() != null) {
            where.append(linkedCondition());
        }
        for (Condition filter : spec.filters()) {
            ConditionCompiler.Compiled c = conditions.compile(filter);
            SqlText target = c.aggregate() ? having : where;
            target.append(target.isEmpty() ? "" : " AND ").append(c.sql());
        }
        SqlText order = ordered ? orderBy() : new SqlText();
        boolean grouped = aggregated || !spec.groupBy().isEmpty();
        List<String> groups = new ArrayList<>();
        if (grouped) {
            for (String path : spec.groupBy()) {
                groups.add(groupTerm(resolver.resolve(path, PathResolver.Usage.VALUES)));
            }
            if (spec.groupBy().isEmpty()) {
                groups.addAll(groupColumns);
                // Keys, existence and counts select no columns of their own: one group per row of the model.
                if (groups.isEmpty()) {
                    groups.add(joins.column(joins.root(), ctx.meta.pk().column()));
                }
            }
        }
        SqlText out = new SqlText().append("SELECT ").append(spec.distinct() ? "DISTINCT " : "").append(select);
        joins.render(out);
        if (!where.isEmpty()) {
            out.append(" WHERE ").append(where);
        }
        if (!groups.isEmpty()) {
            out.append(" GROUP BY ").append(String.join(",", groups.stream().distinct().toList()));
        }
        if (!having.isEmpty()) {
            out.append(" HAVING ").append(having);
        }
        out.append(order);
        if (ordered || lockable) {
            limitOffset(out);
        }
        if (lockable) {
            lock(out);
        }
        return out;
    }

    /**
     * A {@code groupBy} term: a column, or an annotation's SQL when it is a row expression without
     * bound values (with them, the database could not match the GROUP BY to the select list).
     */
    private String groupTerm(Target t) {
        Computed c = t.computed();
        if (c == null) {
            return t.sql();
        }
        if (c.aggregate()) {
            throw new FieldException("groupBy(\"" + t.path() + "\"): annotation '" + t.path() + "' is an aggregate;"
                    + " group by fields or row expressions, and aggregate within the groups");
        }
        if (!c.sql().params().isEmpty()) {
            throw new ParamsException("groupBy(\"" + t.path() + "\"): annotation '" + t.path() + "' has bound values"
                    + " (" + c.sql().params().size() + "), and a GROUP BY repeating them would not match the select"
                    + " list; group by the fields it reads instead");
        }
        return t.sql();
    }

    private SqlText orderBy() {
        List<String> terms = spec.ordering();
        boolean defaults = terms == null;
        if (defaults) {
            terms = spec.groupBy().isEmpty() ? ctx.meta.ordering() : List.of();
        }
        SqlText out = new SqlText();
        for (String term : terms) {
            boolean desc = term.startsWith("-");
            String path = desc || term.startsWith("+") ? term.substring(1) : term;
            Target t;
            try {
                t = resolver.resolve(path, PathResolver.Usage.ORDER);
            } catch (FieldException e) {
                if (defaults) {
                    throw new ConfigurationException("Unknown fields " + path + " in default ordering for model "
                            + ctx.meta.name(), e);
                }
                throw e;
            }
            out.append(out.isEmpty() ? " ORDER BY " : ",");
            if (t.computed() != null) {
                out.append(t.computed().sql());
            } else {
                out.append(t.field() != null ? ctx.codec.comparableColumn(t.field(), t.sql()) : t.sql());
            }
            out.append(desc ? " DESC" : " ASC");
        }
        return out;
    }

    private void limitOffset(SqlText out) {
        if (spec.limit() != null || spec.offset() != null) {
            ctx.sql.limitOffset(out, spec.limit(), spec.offset());
        }
    }

    private void lock(SqlText out) {
        QuerySpec.RowLock lock = spec.lock();
        if (lock == null) {
            return;
        }
        if (lock.of().isEmpty()) {
            ctx.sql.rowLock(out, lock.nowait(), lock.skipLocked(), joins.isEmpty() ? null : ctx.sql.quote(joins.root().alias));
            return;
        }
        List<String> tables = new ArrayList<>(lock.of().size());
        for (String name : lock.of()) {
            Joins.Node node = joins.root();
            if (!name.equals("self")) {
                for (String token : name.split("__")) {
                    node = node == null ? null : node.child(token);
                }
            }
            if (node == null || node.model == null) {
                throw new FieldException("selectForUpdate(of) names '" + name + "', which is neither \"self\" nor a"
                        + " relation joined by selectRelated; joined: " + spec.selectRelated());
            }
            if (node != joins.root() && !ctx.sql.locksOuterJoinedRows()) {
                throw new ParamsException("selectForUpdate(of) cannot lock '" + name + "' on connection '"
                        + ctx.client.connectionName() + "' (" + ctx.client.dialect() + "): selectRelated joins it with"
                        + " an outer join, whose rows this database does not lock; lock \"self\" and query the related"
                        + " rows with their own selectForUpdate()");
            }
            tables.add(ctx.sql.quote(node.alias));
        }
        ctx.sql.rowLockOf(out, lock.nowait(), lock.skipLocked(), tables);
    }

    /** The fields a model query loads: all, or those of {@code only} plus the primary key. */
    List<FieldMeta> loadedFields() {
        if (spec.only() == null) {
            return ctx.meta.fields();
        }
        Map<String, FieldMeta> fields = new LinkedHashMap<>();
        fields.put(ctx.meta.pk().name(), ctx.meta.pk());
        for (String name : spec.only()) {
            Object member = ctx.meta.member(name);
            FieldMeta field = member instanceof FieldMeta f ? f : member instanceof ForeignKeyMeta fk ? fk.keyField() : null;
            if (field == null) {
                throw new FieldException("Unknown field " + name + " for model " + ctx.meta.name()
                        + " in only(): fields and foreign keys are " + ctx.meta.names());
            }
            fields.put(field.name(), field);
        }
        return List.copyOf(fields.values());
    }

    private RowMapper.Column linkedOwner(SqlText select) {
        if (spec.linkedOwners() == null) {
            return null;
        }
        ManyToManyMeta m2m = spec.linkedOwners().relation();
        String column = throughColumn(m2m.backwardKey());
        select.append(",").append(column).append(" ").append(ctx.sql.quote("_owner"));
        groupColumns.add(column); // an annotated prefetch query groups per owner too
        return new RowMapper.Column("_owner", m2m.model().pk());
    }

    private String throughColumn(String column) {
        if (through == null) {
            ManyToManyMeta m2m = spec.linkedOwners().relation();
            through = joins.custom("_through", alias -> "INNER JOIN " + joins.table(m2m.model().schema(), m2m.through())
                    + " " + ctx.sql.quote(alias) + " ON " + ctx.sql.quote(alias) + "."
                    + ctx.sql.quote(m2m.forwardKey()) + "=" + joins.column(joins.root(), ctx.meta.pk().column()));
        }
        return joins.column(through, column);
    }

    private SqlText linkedCondition() {
        ManyToManyMeta m2m = spec.linkedOwners().relation();
        SqlText out = new SqlText().append(throughColumn(m2m.backwardKey())).append(" IN (");
        int i = 0;
        for (Object key : spec.linkedOwners().ownerKeys()) {
            out.append(i++ == 0 ? "" : ",").param(ctx.codec.toDb(m2m.model().pk(), key));
        }
        return out.append(")");
    }
}
