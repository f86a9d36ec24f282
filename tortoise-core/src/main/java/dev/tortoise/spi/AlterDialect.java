package dev.tortoise.spi;

import dev.tortoise.spi.SchemaDialect.ColumnComment;
import dev.tortoise.spi.SchemaDialect.ForeignKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How one database changes an existing schema, for migrations: renaming and dropping tables,
 * adding, dropping, renaming and altering columns, dropping constraints and indexes, and the facts
 * a migration run needs (its lock, whether tables are rebuilt instead of altered).
 *
 * <p>Core decides what changes (from two model states) and in which order; a dialect only spells
 * each change. The defaults are PostgreSQL's spelling, which is also the SQL standard's where one
 * exists; a backend overrides what differs. Statements come without their {@code ;}. Like
 * {@link SchemaDialect}, an instance is immutable, never talks to a database and is thread-safe.
 */
public class AlterDialect {

    /**
     * A column whose definition changes.
     *
     * @param table      the table
     * @param column     the column's name (already renamed, if it was)
     * @param typeBefore the column type before, as {@link ColumnTypes} writes it
     * @param typeAfter  the column type after
     * @param nullableBefore whether it accepted NULL before
     * @param nullableAfter  whether it accepts NULL after
     * @param defaultBefore  what followed {@code DEFAULT} before, or null
     * @param defaultAfter   what follows {@code DEFAULT} after, or null
     * @param commentBefore  the comment before, or null
     * @param commentAfter   the comment after, or null
     * @param lineAfter  the whole column line after, without UNIQUE, key or reference clauses
     *                   ({@code "c" VARCHAR(20) NOT NULL DEFAULT 'x'}), for databases that restate a column
     */
    public record ColumnChange(String table, String column, String typeBefore, String typeAfter,
                               boolean nullableBefore, boolean nullableAfter, String defaultBefore,
                               String defaultAfter, String commentBefore, String commentAfter, String lineAfter) {
        public ColumnChange {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
        }

        /** Whether the type changes. */
        public boolean typeChanged() {
            return !Objects.equals(typeBefore, typeAfter);
        }

        /** Whether the default changes. */
        public boolean defaultChanged() {
            return !Objects.equals(defaultBefore, defaultAfter);
        }

        /** Whether the comment changes. */
        public boolean commentChanged() {
            return !Objects.equals(commentBefore, commentAfter);
        }
    }

    private final SchemaDialect ddl;

    /** The ALTER spelling of a platform whose CREATE spelling is {@code ddl}. */
    public AlterDialect(SchemaDialect ddl) {
        this.ddl = Objects.requireNonNull(ddl, "ddl");
    }

    /** The platform's CREATE spelling, which this one quotes and writes literals with. */
    public final SchemaDialect ddl() {
        return ddl;
    }

    /** The identifier quoted by the platform. */
    protected final String quote(String identifier) {
        return ddl.quote(identifier);
    }

    // ---- how a migration runs ---------------------------------------------------------------

    /**
     * Whether column changes are made by rebuilding the table (create the new shape, copy the rows,
     * drop the old table, rename the new one), as on SQLite, which cannot alter most columns. Core
     * then asks only for {@link #renameTable}, {@link #renameColumn} and index statements. Default false.
     */
    public boolean rebuildsTables() {
        return false;
    }

    /**
     * Statements run on the migrating connection before a migration's transaction begins (SQLite
     * turns foreign key enforcement off, because dropping a rebuilt table would otherwise cascade
     * to the rows that reference it). Default: none.
     */
    public List<String> beforeMigration() {
        return List.of();
    }

    /** Statements run after a migration's transaction ended, committed or not; undo {@link #beforeMigration}. */
    public List<String> afterMigration() {
        return List.of();
    }

    /**
     * A query run inside the migration's transaction before it commits that returns a row for each
     * broken foreign key, or null for none. SQLite's {@code PRAGMA foreign_key_check}. Default null.
     */
    public String foreignKeyCheckQuery() {
        return null;
    }

    /**
     * The statement that serialises migration runs, run first in each migration's transaction; the
     * transaction's end releases it unless {@link #unlockSql()} is given. Default: PostgreSQL's
     * {@code pg_advisory_xact_lock} on a fixed key.
     */
    public String lockSql() {
        return "SELECT pg_advisory_xact_lock(7371826054)";
    }

    /**
     * Whether {@link #lockSql()} is a query (run for its row, as {@code SELECT pg_advisory_xact_lock(…)})
     * rather than an update (as SQLite's no-op {@code DELETE} that takes the write lock). Default true.
     */
    public boolean lockIsQuery() {
        return true;
    }

    /**
     * A statement that commits the migration's work before {@link #unlockSql()} releases the lock,
     * for a lock that outlives transactions (MySQL's {@code GET_LOCK} belongs to the session): the
     * next runner must see the migration recorded once it holds the lock. Default null.
     */
    public String commitBeforeUnlockSql() {
        return null;
    }

    /** The statement that releases {@link #lockSql()}, run last in the transaction, or null. Default null. */
    public String unlockSql() {
        return null;
    }

    /**
     * Whether a foreign key needs an index on its column and the database refuses to drop the one
     * it uses (MySQL: "needed in a foreign key constraint"). Core then drops such a foreign key
     * before the index and adds it back after, which lets the database make the index it needs.
     * Default false.
     */
    public boolean foreignKeysHoldIndexes() {
        return false;
    }

    // ---- tables -----------------------------------------------------------------------------

    /** {@code ALTER TABLE "a" RENAME TO "b"}. */
    public String renameTable(String from, String to) {
        return "ALTER TABLE " + quote(from) + " RENAME TO " + quote(to);
    }

    /**
     * What else follows a table rename so that the schema is the one CREATE TABLE would make under
     * the new name. Default: PostgreSQL's sequence of a generated key ({@code <table>_<column>_seq})
     * follows the table, if it exists.
     *
     * @param generatedKey the column of a database-generated primary key, or null
     */
    public List<String> afterTableRename(String from, String to, String generatedKey) {
        if (generatedKey == null) {
            return List.of();
        }
        return List.of("ALTER SEQUENCE IF EXISTS " + quote(from + "_" + generatedKey + "_seq") + " RENAME TO "
                + quote(to + "_" + generatedKey + "_seq"));
    }

    /**
     * Renames an index, or null when the database cannot (then it is dropped and created again).
     * Default {@code ALTER INDEX "a" RENAME TO "b"}.
     */
    public String renameIndex(String table, String from, String to) {
        return "ALTER INDEX " + quote(from) + " RENAME TO " + quote(to);
    }

    /**
     * Renames a composite unique constraint, or null when names of constraints do not matter to
     * this database (it rebuilds tables to change them). Default
     * {@code ALTER TABLE "t" RENAME CONSTRAINT "a" TO "b"}.
     */
    public String renameUniqueTogether(String table, String from, String to) {
        return "ALTER TABLE " + quote(table) + " RENAME CONSTRAINT " + quote(from) + " TO " + quote(to);
    }

    /** {@code DROP TABLE "t"}. */
    public String dropTable(String table) {
        return "DROP TABLE " + quote(table);
    }

    /** Statements that set or change a table's comment; default {@link SchemaDialect#commentStatements}. */
    public List<String> tableComment(String table, String comment) {
        return ddl.commentStatements(table, List.of(), comment == null ? "" : comment);
    }

    // ---- columns ----------------------------------------------------------------------------

    /** {@code ALTER TABLE "t" ADD COLUMN <line>}. */
    public String addColumn(String table, String columnLine) {
        return "ALTER TABLE " + quote(table) + " ADD COLUMN " + columnLine;
    }

    /** {@code ALTER TABLE "t" DROP COLUMN "c"}. */
    public String dropColumn(String table, String column) {
        return "ALTER TABLE " + quote(table) + " DROP COLUMN " + quote(column);
    }

    /** {@code ALTER TABLE "t" RENAME COLUMN "a" TO "b"}. */
    public String renameColumn(String table, String from, String to) {
        return "ALTER TABLE " + quote(table) + " RENAME COLUMN " + quote(from) + " TO " + quote(to);
    }

    /**
     * The statements that change a column's type, nullability, default and comment. Default:
     * {@code ALTER COLUMN … TYPE … USING "c"::type}, {@code SET/DROP NOT NULL}, {@code SET/DROP
     * DEFAULT}, and the comment statements of {@link SchemaDialect#commentStatements}.
     */
    public List<String> alterColumn(ColumnChange change) {
        String prefix = "ALTER TABLE " + quote(change.table()) + " ALTER COLUMN " + quote(change.column()) + " ";
        List<String> statements = new ArrayList<>();
        if (change.typeChanged()) {
            statements.add(prefix + "TYPE " + change.typeAfter() + " USING " + quote(change.column()) + "::"
                    + change.typeAfter());
        }
        if (change.nullableBefore() != change.nullableAfter()) {
            statements.add(prefix + (change.nullableAfter() ? "DROP NOT NULL" : "SET NOT NULL"));
        }
        if (change.defaultChanged()) {
            statements.add(prefix + (change.defaultAfter() == null ? "DROP DEFAULT" : "SET DEFAULT " + change.defaultAfter()));
        }
        if (change.commentChanged() && change.commentAfter() != null) {
            statements.addAll(ddl.commentStatements(change.table(),
                    List.of(new ColumnComment(change.column(), change.commentAfter())), null));
        }
        return statements;
    }

    // ---- constraints and indexes ------------------------------------------------------------

    /** Adds a column's own UNIQUE constraint: {@code ALTER TABLE "t" ADD UNIQUE ("c")}. */
    public String addUnique(String table, String column) {
        return "ALTER TABLE " + quote(table) + " ADD UNIQUE (" + quote(column) + ")";
    }

    /**
     * Drops a column's own UNIQUE constraint, whose name the database chose. Default: a PostgreSQL
     * {@code DO} block that finds it in {@code pg_constraint}.
     */
    public String dropUnique(String table, String column) {
        return dropConstraintsOn(table, column, 'u');
    }

    /** Adds a named composite unique constraint: {@code ALTER TABLE "t" ADD CONSTRAINT "n" UNIQUE (…)}. */
    public String addUniqueTogether(String table, String name, List<String> columns) {
        return "ALTER TABLE " + quote(table) + " ADD " + ddl.uniqueConstraintLine(name, columns);
    }

    /** Drops a named composite unique constraint: {@code ALTER TABLE "t" DROP CONSTRAINT "n"}. */
    public String dropUniqueTogether(String table, String name) {
        return "ALTER TABLE " + quote(table) + " DROP CONSTRAINT " + quote(name);
    }

    /** Adds a foreign key to an existing column; default {@link SchemaDialect#addForeignKey} (unguarded). */
    public String addForeignKey(ForeignKey fk) {
        return ddl.addForeignKey(fk, false).sql();
    }

    /**
     * Drops the foreign key of the column {@code fk.column()} of {@code fk.table()}, whatever it is
     * named: the name schema generation gave it may be stale after a table was renamed. Default: a
     * PostgreSQL {@code DO} block that finds the constraint in {@code pg_constraint} by its column
     * (inline {@code REFERENCES} get a name the database chose).
     */
    public List<String> dropForeignKey(ForeignKey fk) {
        return List.of(dropConstraintsOn(fk.table(), fk.column(), 'f'));
    }

    /** {@code CREATE [UNIQUE] INDEX "n" ON "t" (…)}. */
    public String createIndex(String name, String table, List<String> columns, boolean unique) {
        return ddl.createIndex(name, table, columns, unique, false);
    }

    /**
     * Creates a full-text index on an existing table; default
     * {@link SchemaDialect#createFullTextIndex} (also where the index is a line of CREATE TABLE).
     * A full-text index is dropped and renamed as any other index.
     */
    public String createFullTextIndex(String name, String table, List<String> columns) {
        return ddl.createFullTextIndex(name, table, columns, false);
    }

    /** {@code DROP INDEX "n"}. */
    public String dropIndex(String name, String table) {
        return "DROP INDEX " + quote(name);
    }

    private String dropConstraintsOn(String table, String column, char type) {
        return "DO $$DECLARE r record; BEGIN FOR r IN SELECT c.conname FROM pg_constraint c JOIN pg_attribute a"
                + " ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey) WHERE c.conrelid = to_regclass("
                + ddl.stringLiteral(quote(table)) + ") AND c.contype = '" + type + "' AND a.attname = "
                + ddl.stringLiteral(column) + " AND cardinality(c.conkey) = 1 LOOP EXECUTE format("
                + "'ALTER TABLE %I DROP CONSTRAINT %I', " + ddl.stringLiteral(table)
                + ", r.conname); END LOOP; END$$";
    }

    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
