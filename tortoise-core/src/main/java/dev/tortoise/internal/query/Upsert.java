package dev.tortoise.internal.query;

import dev.tortoise.BulkOptions;
import dev.tortoise.Model;
import dev.tortoise.exceptions.OperationalException;
import dev.tortoise.exceptions.ParamsException;
import dev.tortoise.internal.meta.FieldMeta;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The multi-row INSERTs of a {@code bulkCreate} whose rows may collide with existing ones: the
 * platform's conflict clause after the VALUES, and, where the database returns the rows of an
 * upsert, the primary keys read back and matched to instances by their conflict fields.
 */
final class Upsert {
    private final QueryContext ctx;
    private final List<FieldMeta> conflict;
    private final List<FieldMeta> update;
    private final boolean readKeys;
    private final int batchSize;

    private Upsert(QueryContext ctx, List<FieldMeta> conflict, List<FieldMeta> update, boolean readKeys, int batchSize) {
        this.ctx = ctx;
        this.conflict = conflict;
        this.update = update;
        this.readKeys = readKeys;
        this.batchSize = batchSize;
    }

    /**
     * @throws dev.tortoise.exceptions.FieldException for a field the model does not have
     * @throws ParamsException when the primary key is among the fields to update
     */
    static Upsert of(QueryContext ctx, BulkOptions options) {
        List<FieldMeta> conflict = ModelPersister.named(ctx.meta, options.conflictFields().toArray(String[]::new));
        List<FieldMeta> update = ModelPersister.named(ctx.meta, options.updateFields().toArray(String[]::new));
        if (update.contains(ctx.meta.pk())) {
            throw new ParamsException("bulkCreate() of " + ctx.meta.name() + ": the primary key cannot be among the"
                    + " fields a conflict updates; name it in the conflict fields instead");
        }
        boolean readKeys = !options.ignoresConflicts() && ctx.sql.onConflictReturnsRows()
                && ctx.connection.features().multiRowInsertReturning();
        return new Upsert(ctx, conflict, update, readKeys, options.batchSize());
    }

    /** Inserts rows that leave the same columns to the database. */
    void insert(List<FieldMeta> columns, List<? extends Model> rows) {
        if (columns.isEmpty()) {
            throw new ParamsException("bulkCreate() of " + ctx.meta.name() + " has no column to insert");
        }
        FieldMeta pk = ctx.meta.pk();
        boolean returning = readKeys && !columns.contains(pk);
        String head = WritePlan.of(ctx).insertHead(columns);
        String clause = ctx.sql.onConflict(quoted(conflict), quoted(update), ctx.sql.quote(pk.column()))
                + (returning ? returningClause() : "");
        int perBatch = batchSize > 0 ? batchSize : Math.max(1, Math.min(BulkWriter.MAX_ROWS, BulkWriter.MAX_PARAMS / columns.size()));
        for (int start = 0; start < rows.size(); start += perBatch) {
            List<? extends Model> batch = rows.subList(start, Math.min(rows.size(), start + perBatch));
            SqlText sql = new SqlText().append(head);
            for (int r = 0; r < batch.size(); r++) {
                sql.append(r == 0 ? "" : ",");
                BulkWriter.tuple(ctx, columns, batch.get(r), sql);
            }
            sql.append(clause);
            if (returning) {
                fillKeys(batch, ctx.client.executeQueryDict(sql.sql(), sql.paramArray()));
            } else {
                ctx.client.executeUpdate(sql.sql(), sql.paramArray());
            }
        }
    }

    private String returningClause() {
        StringBuilder out = new StringBuilder(" RETURNING ").append(ctx.sql.quote(ctx.meta.pk().column()));
        for (FieldMeta field : conflict) {
            out.append(',').append(ctx.sql.quote(field.column()));
        }
        return out.toString();
    }

    /** Gives each instance the key of the returned row with its conflict values. */
    private void fillKeys(List<? extends Model> batch, List<Map<String, Object>> returned) {
        FieldMeta pk = ctx.meta.pk();
        Map<List<Object>, Object> keys = new HashMap<>();
        for (Map<String, Object> row : returned) {
            List<Object> values = new ArrayList<>(row.values());
            List<Object> key = new ArrayList<>(conflict.size());
            for (int i = 0; i < conflict.size(); i++) {
                key.add(ctx.codec.fromDb(conflict.get(i), values.get(i + 1)));
            }
            keys.put(key, ctx.codec.fromDb(pk, values.get(0)));
        }
        for (Model instance : batch) {
            List<Object> key = new ArrayList<>(conflict.size());
            for (FieldMeta field : conflict) {
                key.add(field.get(instance));
            }
            Object id = keys.get(key);
            if (id == null) {
                throw new OperationalException("bulkCreate() of " + ctx.meta.name() + ": no row came back for "
                        + key + "; are " + conflict.stream().map(FieldMeta::name).toList() + " the fields of a unique"
                        + " constraint?");
            }
            pk.set(instance, id);
        }
    }

    private List<String> quoted(List<FieldMeta> fields) {
        List<String> out = new ArrayList<>(fields.size());
        for (FieldMeta field : fields) {
            out.add(ctx.sql.quote(field.column()));
        }
        return out;
    }
}
