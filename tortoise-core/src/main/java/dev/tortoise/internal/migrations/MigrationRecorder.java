package dev.tortoise.internal.migrations;

import dev.tortoise.exceptions.TortoiseException;
import dev.tortoise.internal.schema.TableRenderer;
import dev.tortoise.internal.schema.TableSpec;
import dev.tortoise.migrations.AppliedMigration;
import dev.tortoise.migrations.FieldDef;
import dev.tortoise.spi.DbClient;
import dev.tortoise.spi.FieldKind;
import dev.tortoise.spi.SchemaDialect;
import dev.tortoise.spi.SchemaDialect.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The table {@code tortoise_migrations} of one connection: which migration of which app ran when.
 * {@code applied_at} holds the instant as ISO-8601 text, which reads back the same on every database.
 */
final class MigrationRecorder {

    static final String TABLE = "tortoise_migrations";

    private final DbClient client;
    private final SchemaDialect ddl;

    MigrationRecorder(DbClient client, SchemaDialect ddl) {
        this.client = client;
        this.ddl = ddl;
    }

    /** Creates the table when it is missing. */
    void ensureTable() {
        ModelState state = new ModelState("tortoise.Migration", TABLE, List.of(
                FieldDef.of("id", FieldKind.INT).generated(),
                FieldDef.of("app", FieldKind.CHAR).maxLength(100),
                FieldDef.of("name", FieldKind.CHAR).maxLength(255),
                FieldDef.of("applied_at", FieldKind.CHAR).maxLength(40)), List.of(), List.of(), null);
        TableSpec spec = StateTables.table(new ProjectState(Map.of(state.name(), state), Map.of()), state);
        List<String> sql = new TableRenderer(ddl, true).render(spec).stream().map(Statement::sql).toList();
        try {
            client.inTransaction(() -> {
                client.executeStatements(sql);
                return null;
            });
        } catch (TortoiseException e) {
            // Two runners may create it at once; PostgreSQL then refuses the second IF NOT EXISTS.
            if (!exists()) {
                throw e;
            }
        }
    }

    private boolean exists() {
        try {
            client.executeQueryDict("SELECT 1 FROM " + ddl.quote(TABLE) + " WHERE 1 = 0");
            return true;
        } catch (TortoiseException e) {
            return false;
        }
    }

    boolean isApplied(String app, String name) {
        return !client.executeQueryDict("SELECT 1 FROM " + ddl.quote(TABLE) + " WHERE " + ddl.quote("app") + " = ? AND "
                + ddl.quote("name") + " = ?", app, name).isEmpty();
    }

    void recordApplied(String app, String name) {
        client.executeUpdate("INSERT INTO " + ddl.quote(TABLE) + " (" + ddl.quote("app") + ", " + ddl.quote("name") + ", "
                + ddl.quote("applied_at") + ") VALUES (?, ?, ?)", app, name, Instant.now().toString());
    }

    void recordUnapplied(String app, String name) {
        client.executeUpdate("DELETE FROM " + ddl.quote(TABLE) + " WHERE " + ddl.quote("app") + " = ? AND "
                + ddl.quote("name") + " = ?", app, name);
    }

    /** The applied migrations of {@code app} (every app when null), oldest first. */
    List<AppliedMigration> applied(String app) {
        String sql = "SELECT " + ddl.quote("app") + ", " + ddl.quote("name") + ", " + ddl.quote("applied_at") + " FROM "
                + ddl.quote(TABLE) + (app == null ? "" : " WHERE " + ddl.quote("app") + " = ?") + " ORDER BY "
                + ddl.quote("id");
        List<Map<String, Object>> rows = app == null ? client.executeQueryDict(sql) : client.executeQueryDict(sql, app);
        List<AppliedMigration> applied = new ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            applied.add(new AppliedMigration(String.valueOf(row.get("app")), String.valueOf(row.get("name")),
                    Instant.parse(String.valueOf(row.get("applied_at")))));
        }
        return applied;
    }
}
