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

    SelectCompiler(QueryContext ctx, QuerySpec spec) {
        this.ctx = ctx;
        this.spec = spec;
        this.joins = new Joins(ctx.meta, ctx.sql);
        this.resolver = new PathResolver(ctx.meta, joins, ctx.codec, spec.annotations());
        this.conditions = new ConditionCompiler(resolver, ctx.sql, new DatePartSql(ctx));
    }

    /** A compiled statement and how to read its rows. */
    record Compiled(SqlText sql, RowMapper mapper, List<ValueReader.Column> values) {
    }

    /** SELECT of model instances. */
    Compiled models() {
        SqlText select = new SqlText();
        List<RowMapper.Column> root = new ArrayList<>();
        for (FieldMeta field : loadedFields()) {
            String column = joins.column(joins.root(), field.column());
            select.append(select.isEmpty() ? "" : ",").append(column);
            groupColumns.add(column);
            root.add(new RowMapper.Column(field.column(), field));
        }
        List<RowMapper.Related> related = new SelectRelated(ctx, joins, groupColumns).add(spec.selectRelated(), select);
        for (String alias : spec.annotations().keySet()) {
            select.append(",").append(resolver.aggregate(alias).sql()).append(" ").append(ctx.sql.quote(alias));
        }
        RowMapper.Column owner = linkedOwner(select);
        SqlText sql = assemble(select, true, true);
        return new Compiled(sql, new RowMapper(ctx.meta, root, related, spec.only() != null, ctx.codec, owner), null);
    }

    /** SELECT of the given paths (all fields and annotations when none are given), keyed as given. */
    Compiled values(List<String> paths) {
        List<String> keys = new ArrayList<>(paths);
        if (keys.isEmpty()) {
            ctx.meta.fields().forEach(f -> keys.add(f.name()));
            keys.addAll(spec.annotations().keySet());
        }
        SqlText select = new SqlText();
        List<ValueReader.Column> columns = new ArrayList<>();
        boolean aggregated = !spec.annotations().isEmpty();
        if (aggregated && spec.groupBy().isEmpty()) {
            groupColumns.add(joins.column(joins.root(), ctx.meta.pk().column()));
        }
        for (String key : keys) {
            Target t = resolver.resolve(key, PathResolver.Usage.VALUES);
            select.append(select.isEmpty() ? "" : ",").append(t.sql()).append(" ").append(ctx.sql.quote(key));
            if (t.aggregate() == null && spec.groupBy().isEmpty()) {
                groupColumns.add(t.sql());
            }
            columns.add(new ValueReader.Column(key, t.field(), t.aggregate()));
        }
        return new Compiled(assemble(select, true, true), null, columns);
    }

    /** {@code SELECT COUNT(*)}, counting the rows {@link #models()} would return. */
    SqlText count() {
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
        boolean grouped = !spec.annotations().isEmpty() || !spec.groupBy().isEmpty();
        List<String> groups = new ArrayList<>();
        if (grouped) {
            for (String path : spec.groupBy()) {
                groups.add(resolver.resolve(path, PathResolver.Usage.VALUES).sql());
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
            String expr = t.field() != null && t.aggregate() == null ? ctx.codec.comparableColumn(t.field(), t.sql()) : t.sql();
            out.append(out.isEmpty() ? " ORDER BY " : ",").append(expr).append(desc ? " DESC" : " ASC");
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
    private List<FieldMeta> loadedFields() {
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
        select.append(",").append(throughColumn(m2m.backwardKey())).append(" ").append(ctx.sql.quote("_owner"));
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
