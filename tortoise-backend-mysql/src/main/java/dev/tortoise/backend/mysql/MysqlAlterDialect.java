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

    @Override
    public String dropForeignKey(ForeignKey fk) {
        return "ALTER TABLE " + quote(fk.table()) + " DROP FOREIGN KEY " + quote(fk.name());
    }

    @Override
    public String dropIndex(String name, String table) {
        return "DROP INDEX " + quote(name) + " ON " + quote(table);
    }
}
