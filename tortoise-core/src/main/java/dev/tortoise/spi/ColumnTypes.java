package dev.tortoise.spi;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The column types of one database, as data: a template per {@link FieldKind} for plain columns
 * and one per integer kind for database-generated primary keys. {@link #standard()} holds
 * upstream's base types; a backend overrides the entries that differ for its database:
 *
 * <pre>{@code
 * ColumnTypes.standard().with(FieldKind.BOOLEAN, "INT").with(FieldKind.DECIMAL, "VARCHAR(40)")
 * }</pre>
 *
 * <p>Templates may hold {@code {maxLength}} (CHAR, CHAR_ENUM), {@code {maxDigits}} and
 * {@code {decimalPlaces}} (DECIMAL), replaced by the field's sizes. Array columns are typed per
 * element kind ({@link #withArray}); the standard table has none. Immutable and thread-safe;
 * every {@code with} returns a new table.
 */
public final class ColumnTypes {

    private static final ColumnTypes STANDARD = standardTable();

    private final Map<FieldKind, String> plain;
    private final Map<FieldKind, String> generated;
    private final Map<FieldKind, String> arrays;

    private ColumnTypes(Map<FieldKind, String> plain, Map<FieldKind, String> generated, Map<FieldKind, String> arrays) {
        this.plain = Collections.unmodifiableMap(new EnumMap<>(plain));
        this.generated = Collections.unmodifiableMap(new EnumMap<>(generated));
        Map<FieldKind, String> arrayCopy = new EnumMap<>(FieldKind.class); // EnumMap(Map) refuses an empty map
        arrayCopy.putAll(arrays);
        this.arrays = Collections.unmodifiableMap(arrayCopy);
    }

    /**
     * Upstream's base types: {@code INT}, {@code BIGINT}, {@code SMALLINT}, {@code VARCHAR(n)},
     * {@code TEXT}, {@code BOOL}, {@code DECIMAL(p,s)}, {@code TIMESTAMP}, {@code DATE}, {@code TIME},
     * {@code BIGINT} for durations, {@code DOUBLE PRECISION}, {@code JSON}, {@code CHAR(36)},
     * {@code BLOB}, {@code SMALLINT} for int enums, {@code VARCHAR(n)} for char enums; generated keys
     * as the bare integer type.
     */
    public static ColumnTypes standard() {
        return STANDARD;
    }

    private static ColumnTypes standardTable() {
        Map<FieldKind, String> plain = new EnumMap<>(FieldKind.class);
        plain.put(FieldKind.INT, "INT");
        plain.put(FieldKind.BIGINT, "BIGINT");
        plain.put(FieldKind.SMALLINT, "SMALLINT");
        plain.put(FieldKind.CHAR, "VARCHAR({maxLength})");
        plain.put(FieldKind.TEXT, "TEXT");
        plain.put(FieldKind.BOOLEAN, "BOOL");
        plain.put(FieldKind.DECIMAL, "DECIMAL({maxDigits},{decimalPlaces})");
        plain.put(FieldKind.DATETIME, "TIMESTAMP");
        plain.put(FieldKind.DATE, "DATE");
        plain.put(FieldKind.TIME, "TIME");
        plain.put(FieldKind.TIMEDELTA, "BIGINT");
        plain.put(FieldKind.FLOAT, "DOUBLE PRECISION");
        plain.put(FieldKind.JSON, "JSON");
        plain.put(FieldKind.UUID, "CHAR(36)");
        plain.put(FieldKind.BINARY, "BLOB");
        plain.put(FieldKind.INT_ENUM, "SMALLINT");
        plain.put(FieldKind.CHAR_ENUM, "VARCHAR({maxLength})");
        Map<FieldKind, String> generated = new EnumMap<>(FieldKind.class);
        generated.put(FieldKind.INT, "INT");
        generated.put(FieldKind.BIGINT, "BIGINT");
        generated.put(FieldKind.SMALLINT, "SMALLINT");
        return new ColumnTypes(plain, generated, new EnumMap<>(FieldKind.class));
    }

    /** This table with the plain column type of one kind replaced. */
    public ColumnTypes with(FieldKind kind, String template) {
        Map<FieldKind, String> copy = new EnumMap<>(plain);
        if (kind == FieldKind.ARRAY) {
            throw new IllegalArgumentException("ARRAY columns are typed per element kind: use withArray(element, type)");
        }
        copy.put(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(template, "template"));
        return new ColumnTypes(copy, generated, arrays);
    }

    /**
     * This table with an array column type for one element kind ({@code withArray(FieldKind.TEXT,
     * "TEXT[]")}); the standard table has none, so {@code @ArrayField}s of that element kind fail
     * init with a {@link dev.tortoise.exceptions.ConfigurationException} on this platform.
     */
    public ColumnTypes withArray(FieldKind element, String type) {
        if (element == FieldKind.ARRAY) {
            throw new IllegalArgumentException("arrays of arrays are not supported");
        }
        Map<FieldKind, String> copy = new EnumMap<>(FieldKind.class);
        copy.putAll(arrays);
        copy.put(Objects.requireNonNull(element, "element"), Objects.requireNonNull(type, "type"));
        return new ColumnTypes(plain, generated, copy);
    }

    /** Whether this platform has array columns of this element kind (a fact core asks at init). */
    public boolean supportsArrayOf(FieldKind element) {
        return element != null && arrays.containsKey(element);
    }

    /**
     * This table with the definition of a database-generated primary key of one integer kind
     * replaced: everything after the quoted column name, such as
     * {@code BIGSERIAL NOT NULL PRIMARY KEY}.
     *
     * @throws IllegalArgumentException for a kind that cannot be generated
     */
    public ColumnTypes withGenerated(FieldKind kind, String definition) {
        if (!kind.allowsGenerated()) {
            throw new IllegalArgumentException(kind + " columns cannot be generated by the database");
        }
        Map<FieldKind, String> copy = new EnumMap<>(generated);
        copy.put(kind, Objects.requireNonNull(definition, "definition"));
        return new ColumnTypes(plain, copy, arrays);
    }

    /** The type of a plain column of this kind with these sizes (0 where the kind takes none). */
    public String plain(FieldKind kind, int maxLength, int maxDigits, int decimalPlaces) {
        if (kind == FieldKind.ARRAY) {
            throw new IllegalArgumentException("an ARRAY column's type depends on its element kind: use plain(field)");
        }
        String template = plain.get(kind);
        if (template.indexOf('{') < 0) {
            return template;
        }
        return template.replace("{maxLength}", Integer.toString(maxLength))
                .replace("{maxDigits}", Integer.toString(maxDigits))
                .replace("{decimalPlaces}", Integer.toString(decimalPlaces));
    }

    /**
     * The type of a plain column of this field.
     *
     * @throws IllegalArgumentException for an ARRAY field whose element kind has no array type here
     */
    public String plain(FieldInfo field) {
        if (field.kind() == FieldKind.ARRAY) {
            String type = arrays.get(field.elementKind());
            if (type == null) {
                throw new IllegalArgumentException("no array columns of " + field.elementKind() + " on this platform");
            }
            return type;
        }
        return plain(field.kind(), field.maxLength(), field.maxDigits(), field.decimalPlaces());
    }

    /**
     * The definition of a database-generated primary key of this kind, after the quoted column name.
     *
     * @throws IllegalArgumentException for a kind that cannot be generated
     */
    public String generated(FieldKind kind) {
        String definition = generated.get(kind);
        if (definition == null) {
            throw new IllegalArgumentException(kind + " columns cannot be generated by the database");
        }
        return definition;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ColumnTypes other && plain.equals(other.plain) && generated.equals(other.generated)
                && arrays.equals(other.arrays);
    }

    @Override
    public int hashCode() {
        return (plain.hashCode() * 31 + generated.hashCode()) * 31 + arrays.hashCode();
    }

    @Override
    public String toString() {
        return "ColumnTypes" + plain;
    }
}
