package dev.tortoise.internal.schema;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.internal.meta.FieldMeta;
import dev.tortoise.internal.meta.FieldType;
import dev.tortoise.spi.SchemaDialect;
import dev.tortoise.spi.SchemaDialect.ColumnKind;
import dev.tortoise.spi.SchemaDialect.ColumnType;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Renders one column line in [B] style (TORTOISE-SPEC §5.3): single spaces,
 * {@code "col" TYPE[ NOT NULL][ UNIQUE][ PRIMARY KEY][ DEFAULT …][ REFERENCES …][ comment]}, the
 * dialect's template for a generated key, and DDL defaults only from {@code dbDefault}.
 */
final class ColumnRenderer {
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    /** Field type → column kind by ordinal; the two enums share their constant names. */
    private static final ColumnKind[] KINDS = kinds();

    private final SchemaDialect dialect;

    ColumnRenderer(SchemaDialect dialect) {
        this.dialect = dialect;
    }

    /** The dialect-neutral type of a column; a key field has its target's type. */
    static ColumnType typeOf(FieldMeta field) {
        return new ColumnType(KINDS[field.type().ordinal()], field.maxLength(), field.maxDigits(),
                field.decimalPlaces());
    }

    private static ColumnKind[] kinds() {
        FieldType[] types = FieldType.values();
        ColumnKind[] kinds = new ColumnKind[types.length];
        for (FieldType type : types) {
            kinds[type.ordinal()] = ColumnKind.valueOf(type.name());
        }
        return kinds;
    }

    /** The plain column type in this dialect (never the generated-key form), as through tables use it. */
    String plainType(FieldMeta field) {
        return dialect.columnType(typeOf(field));
    }

    /**
     * The column line.
     *
     * @param reference the inline {@code REFERENCES …} clause of a key column, or null
     */
    String line(FieldMeta field, String reference) {
        String name = dialect.quote(field.column());
        String comment = field.description() == null ? "" : dialect.columnComment(field.description());
        ColumnType type = typeOf(field);
        if (field.pk() && field.generated()) {
            return name + " " + dialect.generatedPrimaryKey(type.kind()) + comment;
        }
        StringBuilder line = new StringBuilder(name).append(' ').append(dialect.columnType(type));
        if (!field.nullable()) {
            line.append(" NOT NULL");
        }
        if (field.unique() && !field.pk()) {
            line.append(" UNIQUE");
        }
        if (field.pk()) {
            line.append(" PRIMARY KEY");
        }
        String dbDefault = field.dbDefault() == null ? ""
                : " DEFAULT " + dialect.defaultValue(type, checkedDefault(field, type.kind()));
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
    private static String checkedDefault(FieldMeta field, ColumnKind kind) {
        String literal = field.dbDefault().strip();
        if (literal.equalsIgnoreCase("null")) {
            return "NULL";
        }
        if (kind == ColumnKind.BOOLEAN) {
            return switch (literal.toLowerCase(Locale.ROOT)) {
                case "true", "1" -> "true";
                case "false", "0" -> "false";
                default -> throw badDefault(field, "true, false or NULL");
            };
        }
        if (kind.isNumeric()) {
            boolean integral = kind != ColumnKind.FLOAT && kind != ColumnKind.DECIMAL;
            if (!(integral ? INTEGER : NUMBER).matcher(literal).matches()) {
                throw badDefault(field, integral ? "an integer or NULL" : "a number or NULL");
            }
            return literal;
        }
        return field.dbDefault();
    }

    private static ConfigurationException badDefault(FieldMeta field, String expected) {
        return new ConfigurationException("Field '" + field.name() + "' (" + field.type().annotationName()
                + ") of model " + field.model().name() + " has dbDefault \"" + field.dbDefault()
                + "\", which is not a literal of its type: use " + expected);
    }
}
