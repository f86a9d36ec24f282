package dev.tortoise.internal.query;

import dev.tortoise.Model;
import dev.tortoise.internal.meta.FieldMeta;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads back what the database filled in for freshly inserted rows ({@code dbDefault} and
 * {@code dbDefaultSql} columns that the INSERT left out), so the instances hold the stored values
 * and a later {@code save()} writes them back instead of NULL. One SELECT by primary key per
 * batch of rows, only when such columns were left out; it runs in the inserting transaction.
 */
final class DatabaseDefaults {
    private static final int KEYS_PER_SELECT = 500;

    private DatabaseDefaults() {
    }

    /** Sets {@code fields} on each of {@code rows} (inserted, keys known) from their stored rows. */
    static void read(QueryContext ctx, List<? extends Model> rows, List<FieldMeta> fields) {
        FieldMeta pk = ctx.meta.pk();
        WritePlan plan = WritePlan.of(ctx);
        for (int start = 0; start < rows.size(); start += KEYS_PER_SELECT) {
            List<? extends Model> chunk = rows.subList(start, Math.min(rows.size(), start + KEYS_PER_SELECT));
            Map<Object, Model> byKey = new HashMap<>();
            SqlText sql = new SqlText().append("SELECT ").append(plan.pkColumn());
            for (FieldMeta field : fields) {
                sql.append(",").append(plan.column(field));
            }
            sql.append(" FROM ").append(plan.table()).append(" WHERE ").append(plan.pkColumn()).append(" IN (");
            for (int r = 0; r < chunk.size(); r++) {
                Object key = pk.get(chunk.get(r));
                byKey.put(key, chunk.get(r));
                sql.append(r == 0 ? "" : ",").param(ctx.codec.toDb(pk, key));
            }
            sql.append(")");
            for (Map<String, Object> row : ctx.client.executeQueryDict(sql.sql(), sql.paramArray())) {
                Iterator<Object> values = row.values().iterator();
                Model instance = byKey.get(ctx.codec.fromDb(pk, values.next()));
                for (FieldMeta field : fields) {
                    Object value = ctx.codec.fromDb(field, values.next());
                    if (instance != null) {
                        field.set(instance, value);
                    }
                }
            }
        }
    }
}
