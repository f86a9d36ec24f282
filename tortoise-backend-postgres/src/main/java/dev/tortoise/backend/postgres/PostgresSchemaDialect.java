package dev.tortoise.backend.postgres;

import dev.tortoise.spi.ColumnTypes;
import dev.tortoise.spi.SchemaDialect;
import dev.tortoise.spi.SqlDialect;
import java.util.List;

/**
 * PostgreSQL's DDL (TORTOISE-SPEC §5.5–§5.7): the shared double-quoted shape, the SERIAL family
 * for generated keys, {@code BOOL}, {@code TIMESTAMPTZ}, {@code TIMETZ}, {@code JSONB},
 * {@code UUID}, {@code BYTEA}, and comments as {@code COMMENT ON COLUMN}/{@code COMMENT ON TABLE}
 * statements after the table's indexes.
 *
 * <p>Comment texts are written so that the catalog holds exactly the description: quotes are
 * doubled, and a text with a backslash or a control character becomes an {@code E'…'} literal
 * with backslash escapes (a plain literal would keep the backslashes). With a {@code schema}
 * credential the script starts with {@code CREATE SCHEMA IF NOT EXISTS}: the connection's
 * {@code search_path} is that schema, so the unqualified tables are created in it. A foreign key
 * that a cycle defers is added with {@code ALTER TABLE}; in safe mode that statement is a
 * {@code DO} block that first looks the constraint up in {@code pg_constraint}.
 */
final class PostgresSchemaDialect extends SchemaDialect {

    private final String schema;

    /**
     * @param sql    the platform's query dialect
     * @param types  the platform's column types
     * @param schema the connection's {@code schema} credential, or null
     */
    PostgresSchemaDialect(SqlDialect sql, ColumnTypes types, String schema) {
        super(sql, types);
        this.schema = schema == null || schema.isBlank() ? null : schema;
    }

    @Override
    public boolean fullTextIndexes() {
        return true;
    }

    /**
     * {@code CREATE INDEX "fts_…" ON "t" USING GIN (to_tsvector('simple', "a"), …)}: one expression
     * per column, the one {@link PostgresSqlDialect#fullTextMatch} writes, so a search on any of the
     * columns can use the index (a multicolumn GIN index serves any subset of its columns).
     */
    @Override
    public String createFullTextIndex(String name, String table, List<String> columns, boolean safe) {
        StringBuilder vectors = new StringBuilder();
        for (String column : columns) {
            vectors.append(vectors.isEmpty() ? "" : ", ").append("to_tsvector(")
                    .append(PostgresSqlDialect.TEXT_SEARCH_CONFIG).append(", ").append(quote(column)).append(")");
        }
        return "CREATE INDEX " + (safe ? "IF NOT EXISTS " : "") + quote(name) + " ON " + quote(table)
                + " USING GIN (" + vectors + ")";
    }

    @Override
    public String booleanLiteral(boolean value) {
        return value ? "TRUE" : "FALSE";
    }

    @Override
    public String stringLiteral(String value) {
        String text = value.replace("\0", "");
        if (text.chars().noneMatch(c -> c == '\\' || c < 0x20)) {
            return "'" + text.replace("'", "''") + "'";
        }
        StringBuilder out = new StringBuilder("E'");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("''");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\x%02x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('\'').toString();
    }

    @Override
    public List<String> commentStatements(String table, List<ColumnComment> columns, String tableComment) {
        return commentOnStatements(table, columns, tableComment);
    }

    @Override
    public List<String> preamble(boolean safe) {
        // A schema may be shared with other applications, so creating it is never an error.
        return schema == null ? List.of() : List.of("CREATE SCHEMA IF NOT EXISTS " + quote(schema));
    }

    @Override
    public Statement addForeignKey(ForeignKey fk, boolean safe) {
        Statement alter = super.addForeignKey(fk, safe);
        if (!safe) {
            return alter;
        }
        return Statement.of("DO $$ BEGIN\n"
                + "    IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = " + stringLiteral(fk.name())
                + " AND conrelid = " + stringLiteral(quote(fk.table())) + "::regclass) THEN\n"
                + "        " + alter.sql() + ";\n"
                + "    END IF;\n"
                + "END $$");
    }
}
