package dev.tortoise.spi;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.fields.OnDelete;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How one database spells the DDL that schema generation writes: quoting, column types, the
 * generated primary key, comments, foreign keys, unique constraints, indexes and table options.
 *
 * <p>Schema generation (ordering, naming, validation) lives in core and asks a dialect only for
 * pieces of text. Identifiers and literals come from the platform's {@link SqlDialect}, column
 * types from its {@link ColumnTypes}. The defaults are the shape SQLite and PostgreSQL share: double-quoted
 * identifiers, {@code REFERENCES} written on the key column, {@code CONSTRAINT "uid_…" UNIQUE (…)}
 * lines inside the table, indexes as separate {@code CREATE [UNIQUE] INDEX} statements, no
 * comments, no table options. A backend overrides only what differs for its database.
 *
 * <p>Contract for implementations:
 * <ul>
 *   <li>Methods are pure functions of their arguments and of the connection settings given when
 *       the dialect was made; they never talk to a database, never block, and are safe from any
 *       thread. An instance is immutable.</li>
 *   <li>Statements are returned without their terminating {@code ;}: the generator adds it when it
 *       joins a script and strips nothing when it executes them one by one.</li>
 *   <li>Every identifier passes through {@link #quote}, every text value through
 *       {@link #stringLiteral} or the comment escapes, so no name or text can end a statement.</li>
 *   <li>Arguments are already validated by the generator: names are non-empty, column lists are
 *       non-empty, default literals match their column kind (see {@link #defaultValue}).</li>
 * </ul>
 */
public class SchemaDialect {

    /**
     * A foreign key from {@code table.column} to {@code targetTable.targetColumn}. {@code name} is
     * the constraint name ({@code fk_…}, see TORTOISE-SPEC §5.4), or null for an unnamed constraint
     * (the columns of a many-to-many through table).
     */
    public record ForeignKey(String name, String table, String column, String targetTable, String targetColumn,
                             OnDelete onDelete) {
        public ForeignKey {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(targetTable, "targetTable");
            Objects.requireNonNull(targetColumn, "targetColumn");
            Objects.requireNonNull(onDelete, "onDelete");
        }
    }

    /** A column comment: the column's name and its text, unescaped. */
    public record ColumnComment(String column, String text) {
    }

    /**
     * One DDL statement, without its {@code ;}. When {@code existsQuery} is not null, the statement
     * is run only if that query, with {@code existsParams} bound, returns no row: this is how a
     * dialect without {@code IF NOT EXISTS} for an object keeps {@code safe} runs idempotent.
     */
    public record Statement(String sql, String existsQuery, List<Object> existsParams) {
        public Statement {
            Objects.requireNonNull(sql, "sql");
            existsParams = existsParams == null ? List.of() : List.copyOf(existsParams);
        }

        /** An unconditional statement. */
        public static Statement of(String sql) {
            return new Statement(sql, null, List.of());
        }

        /** Whether the statement is skipped when {@link #existsQuery} finds the object. */
        public boolean guarded() {
            return existsQuery != null;
        }
    }

    private final SqlDialect sql;
    private final ColumnTypes types;

    /**
     * @param sql   the platform's query dialect, whose {@link SqlDialect#quote} and
     *              {@link SqlDialect#stringLiteral} the DDL uses too
     * @param types the platform's column types
     */
    public SchemaDialect(SqlDialect sql, ColumnTypes types) {
        this.sql = Objects.requireNonNull(sql, "sql");
        this.types = Objects.requireNonNull(types, "types");
    }

    // ---- identifiers and literals ---------------------------------------------------------

    /** The identifier quoted by the platform's {@link SqlDialect#quote}. */
    public final String quote(String identifier) {
        return sql.quote(identifier);
    }

    /** A SQL string literal of {@code value}, by the platform's {@link SqlDialect#stringLiteral}. */
    public String stringLiteral(String value) {
        return sql.stringLiteral(value);
    }

    /** The literal of a boolean in a {@code DEFAULT} clause. Default {@code 1}/{@code 0}. */
    public String booleanLiteral(boolean value) {
        return value ? "1" : "0";
    }

    /**
     * What follows {@code DEFAULT} for a field's {@code dbDefault}. The generator has checked the
     * literal: {@code NULL} (any case) means SQL NULL; numeric kinds hold a plain decimal number;
     * BOOLEAN holds {@code true} or {@code false}. Default: {@code NULL}, the number as written, the
     * boolean through {@link #booleanLiteral}, anything else through {@link #stringLiteral}.
     */
    public String defaultValue(FieldKind kind, String literal) {
        if (literal.equalsIgnoreCase("null")) {
            return "NULL";
        }
        if (kind == FieldKind.BOOLEAN) {
            return booleanLiteral(Boolean.parseBoolean(literal));
        }
        return kind.isNumeric() ? literal : stringLiteral(literal);
    }

    // ---- types ----------------------------------------------------------------------------

    /** The platform's column types. */
    public final ColumnTypes types() {
        return types;
    }

    /** The column type of a plain (not generated) column of the field, from {@link #types()}. */
    public final String columnType(FieldInfo field) {
        return types.plain(field);
    }

    /**
     * Everything after the quoted column name of a database-generated primary key of an integer
     * kind, from {@link #types()}; nothing else is added to that line.
     */
    public final String generatedPrimaryKey(FieldKind kind) {
        return types.generated(kind);
    }

    // ---- comments -------------------------------------------------------------------------

    /**
     * The inline comment that ends a column line, with its leading space (SQLite
     * {@code  /* text *}{@code /}, MySQL {@code  COMMENT 'text'}), escaped for where it stands; ""
     * when comments are statements ({@link #commentStatements}). Default "".
     */
    public String columnComment(String text) {
        return "";
    }

    /** Whether the inline column comment comes before the {@code DEFAULT} clause (MySQL). Default false. */
    public boolean commentBeforeDefault() {
        return false;
    }

    /**
     * Statements that set the comments of a table and its columns, placed after the table's index
     * statements; empty when comments are inline. Default: none.
     *
     * @param tableComment the table's comment, or null
     */
    public List<String> commentStatements(String table, List<ColumnComment> columns, String tableComment) {
        return List.of();
    }

    /**
     * The SQL standard's {@code COMMENT ON COLUMN} / {@code COMMENT ON TABLE} statements, for a
     * platform whose comments are statements to return from {@link #commentStatements}: one per
     * distinct column comment, then the table's, each text through {@link #stringLiteral}.
     */
    protected final List<String> commentOnStatements(String table, List<ColumnComment> columns, String tableComment) {
        List<String> statements = new ArrayList<>(columns.size() + 1);
        for (ColumnComment column : columns) {
            String sql = "COMMENT ON COLUMN " + quote(table) + "." + quote(column.column()) + " IS "
                    + stringLiteral(column.text());
            if (!statements.contains(sql)) {
                statements.add(sql);
            }
        }
        if (tableComment != null) {
            statements.add("COMMENT ON TABLE " + quote(table) + " IS " + stringLiteral(tableComment));
        }
        return statements;
    }

    // ---- tables ---------------------------------------------------------------------------

    /**
     * Statements run before any table, such as creating the connection's schema. Default: none.
     */
    public List<String> preamble(boolean safe) {
        return List.of();
    }

    /**
     * The whole CREATE TABLE statement. Default:
     * {@code CREATE TABLE [IF NOT EXISTS] "t" (\n    line,\n    line\n)} followed by
     * {@link #tableSuffix}.
     *
     * @param lines   column lines, then constraint and key lines, in order
     * @param comment the table comment, or null
     */
    public String createTable(String table, List<String> lines, String comment, boolean safe) {
        return "CREATE TABLE " + (safe ? "IF NOT EXISTS " : "") + quote(table) + " (\n    "
                + String.join(",\n    ", lines) + "\n)" + tableSuffix(comment);
    }

    /** What follows the closing parenthesis of CREATE TABLE: options and an inline table comment. Default "". */
    protected String tableSuffix(String comment) {
        return "";
    }

    // ---- foreign keys ---------------------------------------------------------------------

    /**
     * Whether foreign keys are written on the key column ({@link #inlineReference}); otherwise
     * they are constraint lines after the unique constraints ({@link #foreignKeyLine}). Default true.
     */
    public boolean inlineReferences() {
        return true;
    }

    /** The clause appended to a key column: {@code REFERENCES "t" ("c") ON DELETE CASCADE}. */
    public String inlineReference(ForeignKey fk) {
        return "REFERENCES " + quote(fk.targetTable()) + " (" + quote(fk.targetColumn()) + ") ON DELETE "
                + fk.onDelete().sql();
    }

    /** A foreign key line inside CREATE TABLE: {@code [CONSTRAINT "n" ]FOREIGN KEY ("c") REFERENCES …}. */
    public String foreignKeyLine(ForeignKey fk) {
        return (fk.name() == null ? "" : "CONSTRAINT " + quote(fk.name()) + " ") + "FOREIGN KEY ("
                + quote(fk.column()) + ") " + inlineReference(fk);
    }

    /**
     * Whether a foreign key can be added to an existing table. When true, the generator breaks a
     * cycle of foreign keys by creating a table without the keys that point forward and adding them
     * afterwards with {@link #addForeignKey}; when false it writes forward references in CREATE
     * TABLE, which the database must then accept (SQLite checks foreign keys only when rows change).
     * Default true.
     */
    public boolean canAddForeignKeys() {
        return true;
    }

    /**
     * Adds a named foreign key to an existing table. With {@code safe}, running the statement when
     * the constraint exists must change nothing and not fail: either the SQL itself checks, or the
     * statement carries an {@link Statement#existsQuery}. Default:
     * {@code ALTER TABLE "t" ADD CONSTRAINT "n" FOREIGN KEY ("c") REFERENCES …} (unguarded).
     */
    public Statement addForeignKey(ForeignKey fk, boolean safe) {
        return Statement.of("ALTER TABLE " + quote(fk.table()) + " ADD " + foreignKeyLine(fk));
    }

    // ---- unique constraints and indexes ---------------------------------------------------

    /** A composite unique constraint line inside CREATE TABLE. Default {@code CONSTRAINT "n" UNIQUE ("a", "b")}. */
    public String uniqueConstraintLine(String name, List<String> columns) {
        return "CONSTRAINT " + quote(name) + " UNIQUE (" + columnList(columns) + ")";
    }

    /**
     * Whether indexes are lines inside CREATE TABLE ({@link #indexLine}) rather than statements of
     * their own ({@link #createIndex}). Default false.
     */
    public boolean indexesInsideTable() {
        return false;
    }

    /** An index line inside CREATE TABLE; only called when {@link #indexesInsideTable()}. Default: unsupported. */
    public String indexLine(String name, List<String> columns, boolean unique) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " writes indexes as statements");
    }

    /** A separate index statement: {@code CREATE [UNIQUE] INDEX [IF NOT EXISTS] "n" ON "t" ("a")}. */
    public String createIndex(String name, String table, List<String> columns, boolean unique, boolean safe) {
        return "CREATE " + (unique ? "UNIQUE " : "") + "INDEX " + (safe ? "IF NOT EXISTS " : "") + quote(name)
                + " ON " + quote(table) + " (" + columnList(columns) + ")";
    }

    // ---- full-text indexes (@Index(fullText = true)) ----------------------------------------

    /**
     * Whether the database has full-text indexes for the {@code search} lookup; when false, schema
     * generation refuses a model with one. Default false.
     */
    public boolean fullTextIndexes() {
        return false;
    }

    /**
     * A full-text index line inside CREATE TABLE; only called when {@link #fullTextIndexes()} and
     * {@link #indexesInsideTable()}. Default: unsupported.
     *
     * @throws ConfigurationException when the database has no full-text index
     */
    public String fullTextIndexLine(String name, List<String> columns) {
        throw noFullText(name);
    }

    /**
     * A separate full-text index statement over {@code columns}, which must serve the
     * {@link SqlDialect#fullTextMatch} of each of them (the same expression, the same text-search
     * configuration). Only called when {@link #fullTextIndexes()}. Default: unsupported.
     *
     * @throws ConfigurationException when the database has no full-text index
     */
    public String createFullTextIndex(String name, String table, List<String> columns, boolean safe) {
        throw noFullText(name);
    }

    private ConfigurationException noFullText(String name) {
        return new ConfigurationException("The full-text index " + name
                + " (@Index(fullText = true)) needs PostgreSQL or MySQL/MariaDB; " + this + " has none");
    }

    // ---- execution ------------------------------------------------------------------------

    /**
     * Whether DDL runs inside a transaction (and is undone by a rollback), so that a whole schema
     * can be created in one transaction. Default true; MySQL commits at every DDL statement.
     */
    public boolean transactionalDdl() {
        return true;
    }

    /** The columns quoted and joined with {@code ", "}. */
    protected final String columnList(List<String> columns) {
        List<String> quoted = new ArrayList<>(columns.size());
        for (String column : columns) {
            quoted.add(quote(column));
        }
        return String.join(", ", quoted);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
