package dev.tortoise.backend.sqlite;

import dev.tortoise.spi.AlterDialect;
import dev.tortoise.spi.SchemaDialect;
import java.util.List;

/**
 * SQLite's schema changes. SQLite renames tables and columns but cannot alter or constrain most
 * columns, so a changed table is rebuilt (the way Django does it): the new shape is created under a
 * temporary name, rows are copied, the old table is dropped and the new one renamed. Foreign key
 * enforcement is off during the migration (dropping a rebuilt table would otherwise cascade to the
 * rows that reference it), and {@code PRAGMA foreign_key_check} must find nothing before it commits.
 * A no-op {@code DELETE} on {@code tortoise_migrations} takes the database's write lock first.
 */
final class SqliteAlterDialect extends AlterDialect {

    private final boolean foreignKeys;

    SqliteAlterDialect(SchemaDialect ddl, boolean foreignKeys) {
        super(ddl);
        this.foreignKeys = foreignKeys;
    }

    @Override
    public boolean rebuildsTables() {
        return true;
    }

    @Override
    public List<String> beforeMigration() {
        return List.of("PRAGMA foreign_keys = OFF");
    }

    @Override
    public List<String> afterMigration() {
        return List.of("PRAGMA foreign_keys = " + (foreignKeys ? "ON" : "OFF"));
    }

    @Override
    public String foreignKeyCheckQuery() {
        return "PRAGMA foreign_key_check";
    }

    @Override
    public List<String> afterTableRename(String from, String to, String generatedKey) {
        return List.of();
    }

    @Override
    public String renameIndex(String table, String from, String to) {
        return null;
    }

    @Override
    public String renameUniqueTogether(String table, String from, String to) {
        return null;
    }

    @Override
    public String lockSql() {
        return "DELETE FROM " + quote("tortoise_migrations") + " WHERE 1 = 0";
    }

    @Override
    public boolean lockIsQuery() {
        return false;
    }
}
