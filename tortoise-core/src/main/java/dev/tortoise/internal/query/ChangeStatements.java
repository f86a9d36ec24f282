package dev.tortoise.internal.query;

import dev.tortoise.Model;
import dev.tortoise.exceptions.FieldException;
import dev.tortoise.exceptions.IntegrityException;
import dev.tortoise.exceptions.ParamsException;
import dev.tortoise.internal.meta.FieldMeta;
import dev.tortoise.internal.meta.ForeignKeyMeta;
import dev.tortoise.internal.types.FieldValidator;
import java.util.Map;

/**
 * Compiles {@code QuerySet.update} and {@code QuerySet.delete}. When the filters read only the
 * model's table the statement filters directly; when they join other tables, aggregate, or the
 * query has a limit or offset, it filters by primary key through a sub-select (on MySQL wrapped
 * in a derived table, since MySQL cannot otherwise read the table it changes).
 */
final class ChangeStatements {
    private final QueryContext ctx;
    private final QuerySpec spec;

    ChangeStatements(QueryContext ctx, QuerySpec spec) {
        this.ctx = ctx;
        this.spec = spec;
    }

    /** {@code UPDATE t SET ... WHERE ...}. */
    SqlText update(Map<String, ?> values) {
        if (values.isEmpty()) {
            throw new ParamsException("update() needs at least one field to set on " + ctx.meta.name());
        }
        Joins joins = new Joins(ctx.meta, ctx.sql);
        ExprCompiler expressions = ExprSql.compilers(ctx, joins, Map.of(), null, 0).expressions();
        WritePlan plan = WritePlan.of(ctx);
        SqlText out = new SqlText().append("UPDATE ").append(plan.table()).append(" SET ");
        boolean first = true;
        for (Map.Entry<String, ?> entry : values.entrySet()) {
            FieldMeta field = settable(entry.getKey());
            out.append(first ? "" : ",").append(plan.column(field)).append("=");
            first = false;
            Object value = entry.getValue();
            if (value instanceof Expr expr) {
                out.append(expressions.compileStored(expr, field));
                continue;
            }
            if (value instanceof Model related && field.isKeyField()) {
                value = keyOf(field.keyOf(), related);
            }
            FieldValidator.validate(ctx.meta, field, value);
            out.param(ctx.codec.toDb(field, value));
        }
        if (!joins.isEmpty()) {
            throw new FieldException("update() of " + ctx.meta.name() + " can only refer to its own fields in F()");
        }
        return out.append(filter());
    }

    /** {@code DELETE FROM t WHERE ...}. */
    SqlText delete() {
        return new SqlText().append("DELETE FROM ").append(WritePlan.of(ctx).table()).append(filter());
    }

    private SqlText filter() {
        boolean needsKeys = spec.limit() != null || spec.offset() != null || !spec.annotations().isEmpty();
        if (!needsKeys) {
            SelectCompiler direct = new SelectCompiler(ctx, spec);
            SqlText where = direct.where();
            if (where != null && direct.joins().isEmpty()) {
                return where.isEmpty() ? where : new SqlText().append(" WHERE ").append(where);
            }
        }
        QuerySpec keysOnly = spec.limit() == null && spec.offset() == null ? spec.withOrdering(java.util.List.of()) : spec;
        SqlText keys = new SelectCompiler(ctx, keysOnly.withLock(null)).keys();
        SqlText out = new SqlText().append(" WHERE ").append(WritePlan.of(ctx).pkColumn()).append(" IN (");
        if (ctx.sql.keysSubqueryNeedsDerivedTable()) {
            return out.append("SELECT * FROM (").append(keys).append(") ").append(ctx.sql.quote("_keys")).append(")");
        }
        return out.append(keys).append(")");
    }

    private FieldMeta settable(String name) {
        Object member = ctx.meta.member(name);
        return switch (member) {
            case FieldMeta f when f.pk() -> throw new IntegrityException("Field " + name + " is PK and can not be updated"
                    + " (model " + ctx.meta.name() + ")");
            case FieldMeta f -> f;
            case ForeignKeyMeta fk -> fk.keyField();
            case null -> throw new FieldException("Unknown keyword argument " + name + " for model " + ctx.meta.name()
                    + ". Fields that can be updated are " + ctx.meta.names());
            default -> throw new FieldException("Field " + name + " is virtual and can not be updated (model "
                    + ctx.meta.name() + "): change the relation from its other side or through its holder");
        };
    }

    static Object keyOf(ForeignKeyMeta relation, Model related) {
        Object key = relation.targetField().get(related);
        if (key == null) {
            throw new ParamsException("You should first call .save() on " + related.getClass().getSimpleName()
                    + " before referring to it (" + relation.model().name() + "." + relation.name() + ")");
        }
        return key;
    }
}
