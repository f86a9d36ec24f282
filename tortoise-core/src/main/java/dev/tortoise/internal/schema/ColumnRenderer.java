package dev.tortoise.internal.schema;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.spi.SchemaDialect;
import dev.tortoise.spi.FieldKind;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Renders one column line in [B] style (TORTOISE-SPEC §5.3): single spaces,
 * {@code "col" TYPE[ NOT NULL][ UNIQUE][ PRIMARY KEY][ DEFAULT …][ REFERENCES …][ comment]}, the
 * dialect's template for a generated key, and DDL defaults only from {@code dbDefault} (a literal,
 * checked and written by the dialect) or {@code dbDefaultSql} (an expression, written unchanged).
 */
public final class ColumnRenderer {
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private final SchemaDialect dialect;

    /** A renderer for {@code dialect}. */
    public ColumnRenderer(SchemaDialect dialect) {
        this.dialect = dialect;
    }

    /** The plain column type in this dialect (never the generated-key form), as through tables use it. */
    public String plainType(ColumnSpec field) {
        return dialect.columnType(field);
    }

    /**
     * The column line.
     *
     * @param reference the inline {@code REFERENCES …} clause of a key column, or null
     */
    public String line(ColumnSpec field, String reference) {
        String name = dialect.quote(field.column());
        String comment = field.description() == null ? "" : dialect.columnComment(field.description());
        FieldKind kind = field.kind();
        if (field.pk() && field.generated()) {
            return name + " " + dialect.generatedPrimaryKey(kind) + comment;
        }
        StringBuilder line = new StringBuilder(name).append(' ').append(dialect.columnType(field));
        if (!field.nullable()) {
            line.append(" NOT NULL");
        }
        if (field.unique() && !field.pk()) {
            line.append(" UNIQUE");
        }
        if (field.pk()) {
            line.append(" PRIMARY KEY");
        }
        String dbDefault = field.dbDefaultSql() != null ? " DEFAULT " + field.dbDefaultSql()
                : field.dbDefault() == null ? "" : " DEFAULT " + dialect.defaultValue(kind, checkedDefault(field, kind));
        if (field.isKeyField()) {
            // Upstream writes a key column's comment after its foreign key clause, on every dialect.
            line.append(dbDefault);
            if (reference != null) {
                line.append(' ').append(reference);
            }
            line.append(comment);
        } else if (dialect.commentBeforeDefault()) {
            line.append(comment).append(dbDefault);
        } else {
            line.append(dbDefault).append(comment);
        }
        return line.toString();
    }

    /**
     * The {@code dbDefault} literal, checked against the column kind: numbers for numeric kinds,
     * {@code true}/{@code false} (or 1/0) for booleans, {@code NULL} anywhere.
     */
    private static String checkedDefault(ColumnSpec field, FieldKind kind) {
        String literal = field.dbDefault().strip();
        if (literal.equalsIgnoreCase("null")) {
            return "NULL";
        }
        if (kind == FieldKind.BOOLEAN) {
            return switch (literal.toLowerCase(Locale.ROOT)) {
                case "true", "1" -> "true";
                case "false", "0" -> "false";
                default -> throw badDefault(field, "true, false or NULL");
            };
        }
        if (kind.isNumeric()) {
            boolean integral = kind != FieldKind.FLOAT && kind != FieldKind.DECIMAL;
            if (!(integral ? INTEGER : NUMBER).matcher(literal).matches()) {
                throw badDefault(field, integral ? "an integer or NULL" : "a number or NULL");
            }
            return literal;
        }
        return field.dbDefault();
    }

    private static ConfigurationException badDefault(ColumnSpec field, String expected) {
        return new ConfigurationException("Field '" + field.name() + "' (" + field.kind().annotationName()
                + ") of model " + field.modelName() + " has dbDefault \"" + field.dbDefault()
                + "\", which is not a literal of its type: use " + expected);
    }
}
