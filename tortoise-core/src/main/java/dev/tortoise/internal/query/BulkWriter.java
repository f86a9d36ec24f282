package dev.tortoise.internal.query;

import dev.tortoise.BulkOptions;
import dev.tortoise.exceptions.FieldException;

import dev.tortoise.Model;
import dev.tortoise.exceptions.OperationalException;
import dev.tortoise.exceptions.OptimisticLockException;
import dev.tortoise.exceptions.ParamsException;
import dev.tortoise.internal.meta.FieldMeta;
import dev.tortoise.internal.meta.InstanceState;
import dev.tortoise.internal.meta.ModelMeta;
import dev.tortoise.internal.validation.ModelChecks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code bulkCreate} and {@code bulkUpdate}: many rows per statement, in batches that stay under
 * every database's limit of bound values, all in one transaction. Generated keys are always filled
 * in: through {@code RETURNING} on a multi-row INSERT where the server has it (SQLite, PostgreSQL,
 * MariaDB 10.5 and later), else with one INSERT per row inside the transaction (MySQL, whose driver
 * reports only the first key of a multi-row INSERT). Blocks.
 */
public final class BulkWriter {
    /** Comfortably below SQLite's 32766 bound values per statement (PostgreSQL and MySQL allow 65535). */
    static final int MAX_PARAMS = 30_000;
    static final int MAX_ROWS = 1_000;

    private BulkWriter() {
    }

    /**
     * Inserts the instances with multi-row INSERTs and fills their generated keys. On failure
     * nothing is inserted, and no instance keeps a key it was given here or is marked saved.
     *
     * @param batchSize rows per statement, or 0 for as many as the limits allow
     * @throws dev.tortoise.exceptions.ValidationException before any SQL runs, for a value that does not fit
     */
    public static <T extends Model> void create(Class<T> model, Collection<T> objects, int batchSize) {
        create(model, objects, BulkOptions.plain().batchSize(batchSize));
    }

    /**
     * As {@link #create(Class, Collection, int)}, with conflicts handled as {@code options} says.
     * With conflicts handled, keys come back only where the database returns the rows of an
     * upsert (not for skipped rows, not on MySQL/MariaDB); instances with a key are marked saved.
     *
     * @throws dev.tortoise.exceptions.FieldException for a conflict or update field the model does not have
     */
    public static <T extends Model> void create(Class<T> model, Collection<T> objects, BulkOptions options) {
        if (objects.isEmpty()) {
            return;
        }
        int batchSize = options.batchSize();
        QueryContext ctx = QueryContext.write(model, null);
        ModelMeta meta = ctx.meta;
        Instant now = AutoValues.now();
        // Rows that leave different columns to the database go to different statements.
        Map<List<FieldMeta>, List<T>> groups = new LinkedHashMap<>();
        for (T object : objects) {
            AutoValues.beforeInsert(meta, object, ctx.runtime.timezone(), now);
            ModelChecks.check(meta, object, null, true);
            List<FieldMeta> columns = new ArrayList<>();
            for (FieldMeta field : meta.fields()) {
                Object value = field.get(object);
                if (value != null || !field.hasDbDefault() && !(field.pk() && field.generated())) {
                    columns.add(field);
                }
            }
            groups.computeIfAbsent(columns, k -> new ArrayList<>()).add(object);
        }
        if (options.handlesConflicts()) {
            Upsert upsert = Upsert.of(ctx, options);
            RelationQueries.runAtomically(ctx, () -> groups.forEach((columns, rows) -> upsert.insert(columns, rows)));
            objects.forEach(o -> InstanceState.of(o).persisted(meta.pk().get(o) != null));
            return;
        }
        List<Model> keyed = new ArrayList<>();
        try {
            RelationQueries.runAtomically(ctx, () -> groups.forEach((columns, rows) -> {
                boolean keysFromDb = !columns.contains(meta.pk());
                if (keysFromDb) {
                    keyed.addAll(rows); // their keys were null: on failure they are null again
                }
                if (keysFromDb && !ctx.connection.features().multiRowInsertReturning()) {
                    insertRowByRow(ctx, columns, rows);
                } else {
                    insert(ctx, columns, rows, batchSize, keysFromDb);
                }
                List<FieldMeta> fromDb = meta.fields().stream()
                        .filter(f -> !columns.contains(f) && f.hasDbDefault() && !f.pk()).toList();
                if (!fromDb.isEmpty()) {
                    DatabaseDefaults.read(ctx, rows, fromDb);
                }
            }));
        } catch (RuntimeException | Error e) {
            // Rolled back: keys given by the database here name rows that no longer exist.
            keyed.forEach(o -> meta.pk().set(o, null));
            throw e;
        }
        objects.forEach(o -> InstanceState.of(o).persisted(true));
    }

    private static void insert(QueryContext ctx, List<FieldMeta> columns, List<? extends Model> rows, int batchSize,
                               boolean keysFromDb) {
        int perBatch = batchSize > 0 ? batchSize : Math.max(1, Math.min(MAX_ROWS, MAX_PARAMS / Math.max(1, columns.size())));
        WritePlan plan = WritePlan.of(ctx);
        String head = head(ctx, plan, columns);
        for (int start = 0; start < rows.size(); start += perBatch) {
            List<? extends Model> batch = rows.subList(start, Math.min(rows.size(), start + perBatch));
            SqlText sql = new SqlText().append(head);
            for (int r = 0; r < batch.size(); r++) {
                sql.append(r == 0 ? "" : ",");
                tuple(ctx, columns, batch.get(r), sql);
            }
            if (keysFromDb) {
                sql.append(plan.returning());
                fillKeys(ctx, batch, ctx.client.executeQueryDict(sql.sql(), sql.paramArray()));
            } else {
                ctx.client.executeUpdate(sql.sql(), sql.paramArray());
            }
        }
    }

    /** One INSERT per row, each reporting its key: for servers whose multi-row INSERT cannot. */
    private static void insertRowByRow(QueryContext ctx, List<FieldMeta> columns, List<? extends Model> rows) {
        FieldMeta pk = ctx.meta.pk();
        WritePlan plan = WritePlan.of(ctx);
        String insert = plan.insert(columns, ctx.sql.insertReturning());
        for (Model row : rows) {
            Object[] params = new Object[columns.size()];
            for (int c = 0; c < params.length; c++) {
                params[c] = ctx.codec.toDb(columns.get(c), columns.get(c).get(row));
            }
            Object key = ctx.client.executeInsert(insert, params);
            if (key == null) {
                throw new OperationalException("bulkCreate() of " + ctx.meta.name() + ": the database reported no"
                        + " generated key for an inserted row");
            }
            pk.set(row, ctx.codec.fromDb(pk, key));
        }
    }

    /**
     * Gives each row of a batch its key. Keys are matched to rows by order of value: the database
     * hands out increasing keys in row order within one statement, while the order of
     * {@code RETURNING} rows is not promised everywhere (SQLite says it is arbitrary).
     */
    private static void fillKeys(QueryContext ctx, List<? extends Model> batch, List<Map<String, Object>> returned) {
        FieldMeta pk = ctx.meta.pk();
        if (returned.size() != batch.size()) {
            throw new OperationalException("bulkCreate() of " + ctx.meta.name() + ": the database returned "
                    + returned.size() + " generated keys for " + batch.size() + " rows");
        }
        List<Object> keys = new ArrayList<>(returned.size());
        for (Map<String, Object> row : returned) {
            keys.add(ctx.codec.fromDb(pk, row.values().iterator().next()));
        }
        if (keys.stream().allMatch(k -> k instanceof Number)) {
            keys.sort(Comparator.comparingLong(k -> ((Number) k).longValue()));
        }
        for (int r = 0; r < batch.size(); r++) {
            pk.set(batch.get(r), keys.get(r));
        }
    }

    /** Appends {@code (?,?,...)} with the row's values. */
    static SqlText tuple(QueryContext ctx, List<FieldMeta> columns, Model row, SqlText sql) {
        sql.append("(");
        for (int c = 0; c < columns.size(); c++) {
            FieldMeta field = columns.get(c);
            sql.append(c == 0 ? "" : ",").param(ctx.codec.toDb(field, field.get(row)));
        }
        return sql.append(")");
    }

    private static String head(QueryContext ctx, WritePlan plan, List<FieldMeta> columns) {
        if (columns.isEmpty()) {
            throw new ParamsException("bulkCreate() of " + ctx.meta.name() + " has no column to insert");
        }
        return plan.insertHead(columns);
    }

    /**
     * Updates the named fields (all but the key when none are named) of saved instances, with
     * {@code CASE} statements keyed by primary key.
     *
     * @return the number of rows changed
     * @throws OperationalException for an instance without a primary key
     */
    public static <T extends Model> int update(Class<T> model, Collection<T> objects, String[] names, int batchSize) {
        if (objects.isEmpty()) {
            return 0;
        }
        QueryContext ctx = QueryContext.write(model, null);
        ModelMeta meta = ctx.meta;
        List<FieldMeta> fields = new ArrayList<>(names.length == 0 ? meta.fields() : ModelPersister.named(meta, names));
        fields.remove(meta.pk());
        FieldMeta version = meta.version();
        fields.remove(version); // bumped by the statement, never set from an instance
        if (fields.isEmpty()) {
            throw new ParamsException("bulkUpdate() of " + meta.name() + " has no field to update besides the key");
        }
        List<T> rows = new ArrayList<>(objects);
        Instant now = AutoValues.now();
        for (T object : rows) {
            AutoValues.beforeUpdate(fields, object, ctx.runtime.timezone(), now); // as save() does
            if (meta.pk().get(object) == null) {
                throw new OperationalException("bulkUpdate() of " + meta.name() + ": an instance has no primary key;"
                        + " save it first");
            }
            if (version != null && version.get(object) == null) {
                throw new OperationalException("bulkUpdate() of " + meta.name() + ": the instance with pk="
                        + meta.pk().get(object) + " has no " + version.name() + "; load instances before updating them");
            }
            ModelChecks.check(meta, object, fields, false);
        }
        int perBatch = batchSize > 0 ? batchSize
                : Math.max(1, Math.min(MAX_ROWS, MAX_PARAMS / (fields.size() * 2 + (version == null ? 1 : 2))));
        int[] changed = {0};
        try {
            RelationQueries.runAtomically(ctx, () -> {
                for (int start = 0; start < rows.size(); start += perBatch) {
                    List<T> batch = rows.subList(start, Math.min(rows.size(), start + perBatch));
                    SqlText sql = caseUpdate(ctx, fields, batch);
                    int n = ctx.client.executeUpdate(sql.sql(), sql.paramArray());
                    if (version != null && n != batch.size()) {
                        throw new StaleBatch(batch); // rolls back every batch
                    }
                    changed[0] += n;
                }
            });
        } catch (StaleBatch stale) {
            // asked after the rollback: inside it, the rows that did match already had their new version
            throw conflict(ctx, stale.batch);
        }
        if (version != null) {
            rows.forEach(row -> version.set(row, VersionValues.next(version, version.get(row))));
        }
        return changed[0];
    }

    /** A batch of a versioned bulkUpdate in which some row did not match its version. */
    private static final class StaleBatch extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<? extends Model> batch;

        StaleBatch(List<? extends Model> batch) {
            super(null, null, false, false);
            this.batch = batch;
        }
    }

    /** Names the rows of a batch whose version in the database is not the one their instance read. */
    private static OptimisticLockException conflict(QueryContext ctx, List<? extends Model> batch) {
        FieldMeta pk = ctx.meta.pk();
        FieldMeta version = ctx.meta.version();
        WritePlan plan = WritePlan.of(ctx);
        SqlText select = new SqlText().append("SELECT ").append(plan.pkColumn()).append(",").append(plan.versionColumn())
                .append(" FROM ").append(plan.table()).append(" WHERE ").append(plan.pkColumn()).append(" IN (");
        for (int r = 0; r < batch.size(); r++) {
            select.append(r == 0 ? "" : ",").param(ctx.codec.toDb(pk, pk.get(batch.get(r))));
        }
        Map<Object, Object> stored = new LinkedHashMap<>();
        for (Map<String, Object> row : ctx.client.executeQueryDict(select.append(")").sql(), select.paramArray())) {
            var values = row.values().iterator();
            stored.put(ctx.codec.fromDb(pk, values.next()), ctx.codec.fromDb(version, values.next()));
        }
        List<Object> stale = new ArrayList<>();
        for (Model row : batch) {
            Object now = stored.get(pk.get(row));
            if (now == null || ((Number) now).longValue() != ((Number) version.get(row)).longValue()) {
                stale.add(pk.get(row));
            }
        }
        return new OptimisticLockException("bulkUpdate() of " + ctx.meta.name() + ": the rows with pk=" + stale
                + " were changed or deleted by another writer since they were read, so nothing was updated;"
                + " reload them and try again");
    }

    private static SqlText caseUpdate(QueryContext ctx, List<FieldMeta> fields, List<? extends Model> batch) {
        FieldMeta pk = ctx.meta.pk();
        WritePlan plan = WritePlan.of(ctx);
        String pkColumn = plan.pkColumn();
        SqlText sql = new SqlText().append("UPDATE ").append(plan.table()).append(" SET ");
        for (int f = 0; f < fields.size(); f++) {
            FieldMeta field = fields.get(f);
            sql.append(f == 0 ? "" : ",").append(plan.column(field)).append("=CASE ").append(pkColumn);
            for (Model row : batch) {
                sql.append(" WHEN ").param(ctx.codec.toDb(pk, pk.get(row))).append(" THEN ")
                        .append(ctx.sql.typedParam(ctx.platform.types().plain(field))).bind(ctx.codec.toDb(field, field.get(row)));
            }
            sql.append(" END");
        }
        FieldMeta version = ctx.meta.version();
        if (version == null) {
            sql.append(" WHERE ").append(pkColumn).append(" IN (");
            for (int r = 0; r < batch.size(); r++) {
                sql.append(r == 0 ? "" : ",").param(ctx.codec.toDb(pk, pk.get(batch.get(r))));
            }
            return sql.append(")");
        }
        // each row only at the version its instance read; the version goes up by one
        sql.append(",").append(plan.versionBump()).append(" WHERE ");
        for (int r = 0; r < batch.size(); r++) {
            Model row = batch.get(r);
            sql.append(r == 0 ? "(" : " OR (").append(pkColumn).append("=").param(ctx.codec.toDb(pk, pk.get(row)))
                    .append(" AND ").append(plan.versionColumn()).append("=").param(ctx.codec.toDb(version, version.get(row)))
                    .append(")");
        }
        return sql;
    }
}
