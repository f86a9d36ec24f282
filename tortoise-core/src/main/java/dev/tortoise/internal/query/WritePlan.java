package dev.tortoise.internal.query;

import dev.tortoise.internal.meta.FieldMeta;
import dev.tortoise.internal.meta.ManyToManyMeta;
import dev.tortoise.internal.meta.ModelMeta;
import dev.tortoise.spi.SqlDialect;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The INSERT, UPDATE and DELETE text of one model on one connection (Ebean's insert/update/delete
 * meta), made once per (model, connection) on the first write and kept by the connection's
 * runtime: quoted table and column names, and each statement shape by the columns it writes. Every
 * writer ({@link ModelPersister}, {@link BulkWriter}, {@link ChangeStatements},
 * {@link RelationQueries}) takes its text from here. Thread-safe; statements are made once per
 * column set and then only looked up.
 */
final class WritePlan {
    private final SqlDialect sql;
    private final String table;
    private final String pkColumn;
    private final String returning;
    private final Map<FieldMeta, String> columns = new IdentityHashMap<>();
    private final Map<ManyToManyMeta, Through> throughs = new IdentityHashMap<>();
    private final Map<List<FieldMeta>, String> inserts = new ConcurrentHashMap<>();
    private final Map<List<FieldMeta>, String> insertsReturning = new ConcurrentHashMap<>();
    private final Map<List<FieldMeta>, String> updates = new ConcurrentHashMap<>();
    private final Map<List<FieldMeta>, String> versionedUpdates = new ConcurrentHashMap<>();
    private final String versionColumn;
    private final String deleteByPk;

    private WritePlan(ModelMeta model, SqlDialect sql) {
        this.sql = sql;
        this.table = qualified(sql, model.schema(), model.table());
        for (FieldMeta field : model.fields()) {
            columns.put(field, sql.quote(field.column()));
        }
        this.pkColumn = columns.get(model.pk());
        this.versionColumn = model.version() == null ? null : columns.get(model.version());
        this.returning = " RETURNING " + pkColumn;
        this.deleteByPk = "DELETE FROM " + table + " WHERE " + pkColumn + "=?";
        for (ManyToManyMeta m2m : model.manyToMany()) {
            throughs.put(m2m, new Through(sql, qualified(sql, model.schema(), m2m.through()), m2m));
        }
    }

    /** The plan of the context's model on the context's connection. */
    static WritePlan of(QueryContext ctx) {
        return ctx.connection.plan(ctx.meta, model -> new WritePlan(model, ctx.sql));
    }

    private static String qualified(SqlDialect sql, String schema, String table) {
        return schema == null ? sql.quote(table) : sql.quote(schema) + "." + sql.quote(table);
    }

    /** The quoted table, with its schema when it has one. */
    String table() {
        return table;
    }

    /** The quoted column of a field of the model. */
    String column(FieldMeta field) {
        return columns.get(field);
    }

    /** The quoted primary key column. */
    String pkColumn() {
        return pkColumn;
    }

    /** {@code  RETURNING "pk"}. */
    String returning() {
        return returning;
    }

    /** {@code INSERT INTO t ("a","b") VALUES } for a multi-row INSERT of these columns (at least one). */
    String insertHead(List<FieldMeta> fields) {
        StringBuilder head = new StringBuilder("INSERT INTO ").append(table).append(" (");
        for (int i = 0; i < fields.size(); i++) {
            head.append(i == 0 ? "" : ",").append(columns.get(fields.get(i)));
        }
        return head.append(") VALUES ").toString();
    }

    /**
     * A one-row INSERT of these columns ({@code ?} per column, in order), with
     * {@code RETURNING "pk"} when asked; the database's defaults row when there is no column.
     */
    String insert(List<FieldMeta> fields, boolean returningKey) {
        Map<List<FieldMeta>, String> cache = returningKey ? insertsReturning : inserts;
        String known = cache.get(fields);
        if (known != null) {
            return known;
        }
        String statement;
        if (fields.isEmpty()) {
            statement = sql.insertDefaults(table);
        } else {
            StringBuilder out = new StringBuilder(insertHead(fields)).append('(');
            out.append("?,".repeat(fields.size()), 0, fields.size() * 2 - 1);
            statement = out.append(')').toString();
        }
        statement += returningKey ? returning : "";
        cache.putIfAbsent(List.copyOf(fields), statement);
        return statement;
    }

    /** {@code UPDATE t SET "a"=?,"b"=? WHERE "pk"=?} for these fields (at least one). */
    String update(List<FieldMeta> fields) {
        String known = updates.get(fields);
        if (known != null) {
            return known;
        }
        StringBuilder out = new StringBuilder("UPDATE ").append(table).append(" SET ");
        for (int i = 0; i < fields.size(); i++) {
            out.append(i == 0 ? "" : ",").append(columns.get(fields.get(i))).append("=?");
        }
        String statement = out.append(" WHERE ").append(pkColumn).append("=?").toString();
        updates.putIfAbsent(List.copyOf(fields), statement);
        return statement;
    }

    /**
     * {@code UPDATE t SET "a"=?,"v"="v"+1 WHERE "pk"=? AND "v"=?}: the update of a model with a
     * {@code @VersionField}, which checks the version read and bumps it (the fields may be none).
     */
    String versionedUpdate(List<FieldMeta> fields) {
        String known = versionedUpdates.get(fields);
        if (known != null) {
            return known;
        }
        StringBuilder out = new StringBuilder("UPDATE ").append(table).append(" SET ");
        for (FieldMeta field : fields) {
            out.append(columns.get(field)).append("=?,");
        }
        out.append(versionBump());
        String statement = out.append(" WHERE ").append(pkColumn).append("=? AND ").append(versionColumn).append("=?")
                .toString();
        versionedUpdates.putIfAbsent(List.copyOf(fields), statement);
        return statement;
    }

    /** {@code "v"="v"+1}. */
    String versionBump() {
        return versionColumn + "=" + versionColumn + "+1";
    }

    /** The quoted {@code @VersionField} column, or null. */
    String versionColumn() {
        return versionColumn;
    }

    /** {@code DELETE FROM t WHERE "pk"=?}. */
    String deleteByPk() {
        return deleteByPk;
    }

    /** The statements of a many-to-many relation of this model (this model is the owner). */
    Through through(ManyToManyMeta m2m) {
        return throughs.get(m2m);
    }

    /**
     * The join-table statements of one many-to-many relation: the owner's key is the backward key,
     * the target's the forward key.
     *
     * @param table           the quoted join table
     * @param insertHead      {@code INSERT INTO j ("owner","target") VALUES }
     * @param linkedTargets   {@code SELECT "target" FROM j WHERE "owner"=? AND "target" IN (}, closed by the caller
     * @param deleteOfOwner   {@code DELETE FROM j WHERE "owner"=?}
     * @param forwardColumn   the quoted target key column
     */
    record Through(String table, String insertHead, String linkedTargets, String deleteOfOwner, String forwardColumn) {
        Through(SqlDialect sql, String table, ManyToManyMeta m2m) {
            this(table,
                    "INSERT INTO " + table + " (" + sql.quote(m2m.backwardKey()) + "," + sql.quote(m2m.forwardKey())
                            + ") VALUES ",
                    "SELECT " + sql.quote(m2m.forwardKey()) + " FROM " + table + " WHERE " + sql.quote(m2m.backwardKey())
                            + "=? AND " + sql.quote(m2m.forwardKey()) + " IN (",
                    "DELETE FROM " + table + " WHERE " + sql.quote(m2m.backwardKey()) + "=?",
                    sql.quote(m2m.forwardKey()));
        }
    }
}
