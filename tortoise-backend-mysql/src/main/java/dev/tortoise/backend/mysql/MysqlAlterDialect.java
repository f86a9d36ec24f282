package dev.tortoise.backend.mysql;

import dev.tortoise.spi.AlterDialect;
import dev.tortoise.spi.SchemaDialect;
import dev.tortoise.spi.SchemaDialect.ForeignKey;
import java.util.List;

/**
 * MySQL's and MariaDB's schema changes: a changed column is restated whole ({@code MODIFY COLUMN}),
 * unique constraints and indexes are dropped as indexes, foreign keys by the name CREATE TABLE gave
 * them. A migration run holds {@code GET_LOCK('tortoise_migrations')} on its connection.
 */
final class MysqlAlterDialect extends AlterDialect {

    MysqlAlterDialect(SchemaDialect ddl) {
        super(ddl);
    }

    @Override
    public String lockSql() {
        return "SELECT GET_LOCK('tortoise_migrations', 600)";
    }

    @Override
    public String unlockSql() {
        return "SELECT RELEASE_LOCK('tortoise_migrations')";
    }

    @Override
    public String commitBeforeUnlockSql() {
        return "COMMIT";
    }

    @Override
    public boolean foreignKeysHoldIndexes() {
        return true;
    }

    @Override
    public List<String> alterColumn(ColumnChange change) {
        return List.of("ALTER TABLE " + quote(change.table()) + " MODIFY COLUMN " + change.lineAfter());
    }

    @Override
    public List<String> tableComment(String table, String comment) {
        return List.of("ALTER TABLE " + quote(table) + " COMMENT = " + ddl().stringLiteral(comment == null ? "" : comment));
    }

    @Override
    public String dropUnique(String table, String column) {
        return "ALTER TABLE " + quote(table) + " DROP INDEX " + quote(column);
    }

    @Override
    public String dropUniqueTogether(String table, String name) {
        return "ALTER TABLE " + quote(table) + " DROP INDEX " + quote(name);
    }

    /** Found by column in the catalog and dropped through a prepared statement: a rename leaves names stale. */
    @Override
    public List<String> dropForeignKey(ForeignKey fk) {
        return List.of(
                "SET @tortoise_fk = (SELECT CONSTRAINT_NAME FROM information_schema.KEY_COLUMN_USAGE"
                        + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = " + ddl().stringLiteral(fk.table())
                        + " AND COLUMN_NAME = " + ddl().stringLiteral(fk.column())
                        + " AND REFERENCED_TABLE_NAME IS NOT NULL LIMIT 1)",
                "SET @tortoise_sql = CONCAT('ALTER TABLE ', " + ddl().stringLiteral(quote(fk.table()))
                        + ", ' DROP FOREIGN KEY `', REPLACE(@tortoise_fk, '`', '``'), '`')",
                "PREPARE tortoise_statement FROM @tortoise_sql",
                "EXECUTE tortoise_statement",
                "DEALLOCATE PREPARE tortoise_statement");
    }

    @Override
    public List<String> afterTableRename(String from, String to, String generatedKey) {
        return List.of();
    }

    @Override
    public String renameIndex(String table, String from, String to) {
        return "ALTER TABLE " + quote(table) + " RENAME INDEX " + quote(from) + " TO " + quote(to);
    }

    @Override
    public String renameUniqueTogether(String table, String from, String to) {
        return renameIndex(table, from, to);
    }

    @Override
    public String dropIndex(String name, String table) {
        return "DROP INDEX " + quote(name) + " ON " + quote(table);
    }
}
