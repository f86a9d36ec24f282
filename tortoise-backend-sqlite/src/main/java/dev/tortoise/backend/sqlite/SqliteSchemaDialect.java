package dev.tortoise.backend.sqlite;

import dev.tortoise.spi.ColumnTypes;
import dev.tortoise.spi.FieldKind;
import dev.tortoise.spi.SchemaDialect;
import dev.tortoise.spi.SqlDialect;

/**
 * SQLite's DDL (TORTOISE-SPEC §5.5–§5.7): the shared double-quoted shape, its own types
 * ({@code INT} booleans, decimals stored as {@code VARCHAR(40)}, {@code REAL}, {@code BLOB}),
 * {@code INTEGER PRIMARY KEY AUTOINCREMENT} keys, and comments kept inside the statement as
 * {@code /* … *}{@code /} (SQLite stores the CREATE text, so that is where they live).
 *
 * <p>SQLite cannot add a foreign key to an existing table, but it accepts a REFERENCES clause to a
 * table that does not exist yet (foreign keys are checked when rows change), so cycles of foreign
 * keys are written inline.
 */
final class SqliteSchemaDialect extends SchemaDialect {

    /**
     * @param sql   the platform's query dialect
     * @param types the platform's column types
     */
    SqliteSchemaDialect(SqlDialect sql, ColumnTypes types) {
        super(sql, types);
    }

    /** Decimals are stored as text, so their default is a string too. */
    @Override
    public String defaultValue(FieldKind kind, String literal) {
        if (kind == FieldKind.DECIMAL && !literal.equalsIgnoreCase("null")) {
            return stringLiteral(literal);
        }
        return super.defaultValue(kind, literal);
    }

    @Override
    public String columnComment(String text) {
        return " /* " + escapeComment(text) + " */";
    }

    @Override
    protected String tableSuffix(String comment) {
        return comment == null ? "" : " /* " + escapeComment(comment) + " */";
    }

    @Override
    public boolean canAddForeignKeys() {
        return false;
    }

    /**
     * Upstream's escapes for a comment inside {@code /* *}{@code /}: backslash, newline, carriage
     * return, NUL and 0x1A as backslash sequences, and {@code /} as {@code \/} so that the text can
     * never close the comment; quotes stay as they are.
     */
    static String escapeComment(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\0' -> out.append("\\0");
                case '\u001a' -> out.append("\\Z");
                case '/' -> out.append("\\/");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
