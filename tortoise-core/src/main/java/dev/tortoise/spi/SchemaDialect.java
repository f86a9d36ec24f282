package dev.tortoise.spi;

import dev.tortoise.fields.OnDelete;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How one database spells the DDL that schema generation writes: quoting, column types, the
 * generated primary key, comments, foreign keys, unique constraints, indexes and table options.
 *
 * <p>Schema generation (ordering, naming, validation) lives in core and asks a dialect only for
 * pieces of text. The defaults are the shape SQLite and PostgreSQL share: double-quoted
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
public abstract class SchemaDialect {

    /** The kinds of column a field annotation makes, one per {@code dev.tortoise.fields} data-field annotation. */
    public enum ColumnKind {
        INT, BIGINT, SMALLINT, CHAR, TEXT, BOOLEAN, DECIMAL, DATETIME, DATE, TIME, TIMEDELTA, FLOAT,
        JSON, UUID, BINARY, INT_ENUM, CHAR_ENUM;

        /** Whether DDL writes values of this kind as bare numbers. */
        public boolean isNumeric() {
            return switch (this) {
                case INT, BIGINT, SMALLINT, INT_ENUM, TIMEDELTA, FLOAT, DECIMAL -> true;
                default -> false;
            };
        }
    }

    /** A column's kind with its sizes: {@code maxLength} for CHAR kinds, digits and places for DECIMAL (0 otherwise). */
    public record ColumnType(ColumnKind kind, int maxLength, int maxDigits, int decimalPlaces) {
        public ColumnType {
            Objects.requireNonNull(kind, "kind");
        }
    }

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

    private final String name;

    /** @param name the dialect name, as {@link DbClient#dialect()} reports it ({@code "sqlite"} …) */
    protected SchemaDialect(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    /** The dialect name: {@code "sqlite"}, {@code "postgres"} or {@code "mysql"}. */
    public final String name() {
        return name;
    }

    // ---- identifiers and literals ---------------------------------------------------------

    /** The identifier quoted; a quote character inside it is doubled. Default {@code "name"}. */
    public String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** A SQL string literal of {@code value}. Default: single quotes, {@code '} doubled. */
    public String stringLiteral(String value) {
        return "'" + value.replace("'", "''") + "'";
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
    public String defaultValue(ColumnType type, String literal) {
        if (literal.equalsIgnoreCase("null")) {
            return "NULL";
        }
        if (type.kind() == ColumnKind.BOOLEAN) {
            return booleanLiteral(Boolean.parseBoolean(literal));
        }
        return type.kind().isNumeric() ? literal : stringLiteral(literal);
    }

    // ---- types ----------------------------------------------------------------------------

    /**
     * The column type of a plain (not generated) column. Defaults are upstream's base types:
     * {@code INT}, {@code BIGINT}, {@code SMALLINT}, {@code VARCHAR(n)}, {@code TEXT}, {@code BOOL},
     * {@code DECIMAL(p,s)}, {@code TIMESTAMP}, {@code DATE}, {@code TIME}, {@code BIGINT} for
     * durations, {@code DOUBLE PRECISION}, {@code JSON}, {@code CHAR(36)}, {@code BLOB},
     * {@code SMALLINT} for int enums, {@code VARCHAR(n)} for char enums.
     */
    public String columnType(ColumnType type) {
        return switch (type.kind()) {
            case INT -> "INT";
            case BIGINT, TIMEDELTA -> "BIGINT";
            case SMALLINT, INT_ENUM -> "SMALLINT";
            case CHAR, CHAR_ENUM -> "VARCHAR(" + type.maxLength() + ")";
            case TEXT -> "TEXT";
            case BOOLEAN -> "BOOL";
            case DECIMAL -> "DECIMAL(" + type.maxDigits() + "," + type.decimalPlaces() + ")";
            case DATETIME -> "TIMESTAMP";
            case DATE -> "DATE";
            case TIME -> "TIME";
            case FLOAT -> "DOUBLE PRECISION";
            case JSON -> "JSON";
            case UUID -> "CHAR(36)";
            case BINARY -> "BLOB";
        };
    }

    /**
     * Everything after the quoted column name of a database-generated primary key of an integer
     * kind ({@code INT}, {@code BIGINT}, {@code SMALLINT}); nothing else is added to that line.
     */
    public abstract String generatedPrimaryKey(ColumnKind kind);

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
        throw new UnsupportedOperationException(name() + " writes indexes as statements");
    }

    /** A separate index statement: {@code CREATE [UNIQUE] INDEX [IF NOT EXISTS] "n" ON "t" ("a")}. */
    public String createIndex(String name, String table, List<String> columns, boolean unique, boolean safe) {
        return "CREATE " + (unique ? "UNIQUE " : "") + "INDEX " + (safe ? "IF NOT EXISTS " : "") + quote(name)
                + " ON " + quote(table) + " (" + columnList(columns) + ")";
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
        return getClass().getSimpleName() + "[" + name + "]";
    }
}
