package dev.tortoise.migrations;

import dev.tortoise.fields.OnDelete;
import dev.tortoise.spi.FieldKind;
import java.util.Objects;

/**
 * A column as migrations know it: the field's name and column, its kind and size, its constraints
 * and, for a foreign key's key column, the model it references. Immutable; each method returns a
 * changed copy, so a definition reads as one expression:
 *
 * <pre>{@code
 * FieldDef.of("title", FieldKind.CHAR).maxLength(200).unique()
 * FieldDef.of("author_id", FieldKind.INT).references("blog.Author", OnDelete.CASCADE)
 * }</pre>
 *
 * <p>Defaults: the column is named as the field, NOT NULL, no default, no index. A foreign key
 * references its target's primary key column.
 */
public final class FieldDef {

    private final String name;
    private final String column;
    private final FieldKind kind;
    private final int maxLength;
    private final int maxDigits;
    private final int decimalPlaces;
    private final FieldKind elementKind;
    private final boolean pk;
    private final boolean generated;
    private final boolean nullable;
    private final boolean unique;
    private final boolean index;
    private final String dbDefault;
    private final String dbDefaultSql;
    private final String description;
    private final String references;
    private final OnDelete onDelete;
    private final boolean dbConstraint;

    private FieldDef(Copy c) {
        this.name = c.name;
        this.column = c.column;
        this.kind = c.kind;
        this.maxLength = c.maxLength;
        this.maxDigits = c.maxDigits;
        this.decimalPlaces = c.decimalPlaces;
        this.elementKind = c.elementKind;
        this.pk = c.pk;
        this.generated = c.generated;
        this.nullable = c.nullable;
        this.unique = c.unique;
        this.index = c.index;
        this.dbDefault = c.dbDefault;
        this.dbDefaultSql = c.dbDefaultSql;
        this.description = c.description;
        this.references = c.references;
        this.onDelete = c.onDelete;
        this.dbConstraint = c.dbConstraint;
    }

    /** A NOT NULL column named {@code name} of the given kind. */
    public static FieldDef of(String name, FieldKind kind) {
        Copy c = new Copy();
        c.name = requireName(name, "field name");
        c.column = name;
        c.kind = Objects.requireNonNull(kind, "kind");
        return new FieldDef(c);
    }

    private static String requireName(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A " + what + " must be a non-empty string, got " + value);
        }
        return value;
    }

    // ---- changed copies ---------------------------------------------------------------------

    /** The column's name, when it differs from the field's. */
    public FieldDef column(String column) {
        Copy c = copy();
        c.column = requireName(column, "column name");
        return new FieldDef(c);
    }

    /** The {@code VARCHAR} length of a CHAR or CHAR_ENUM column. */
    public FieldDef maxLength(int maxLength) {
        Copy c = copy();
        c.maxLength = maxLength;
        return new FieldDef(c);
    }

    /** The precision and scale of a DECIMAL column. */
    public FieldDef decimal(int maxDigits, int decimalPlaces) {
        Copy c = copy();
        c.maxDigits = maxDigits;
        c.decimalPlaces = decimalPlaces;
        return new FieldDef(c);
    }

    /** The kind of the elements of an ARRAY column. */
    public FieldDef elements(FieldKind elementKind) {
        Copy c = copy();
        c.elementKind = elementKind;
        return new FieldDef(c);
    }

    /** The primary key. */
    public FieldDef pk() {
        Copy c = copy();
        c.pk = true;
        return new FieldDef(c);
    }

    /** A primary key the database generates (an identity or auto-increment column). */
    public FieldDef generated() {
        Copy c = copy();
        c.pk = true;
        c.generated = true;
        return new FieldDef(c);
    }

    /** The column accepts NULL. */
    public FieldDef nullable() {
        return nullable(true);
    }

    /** Whether the column accepts NULL. */
    public FieldDef nullable(boolean nullable) {
        Copy c = copy();
        c.nullable = nullable;
        return new FieldDef(c);
    }

    /** A UNIQUE column. */
    public FieldDef unique() {
        return unique(true);
    }

    /** Whether the column is UNIQUE. */
    public FieldDef unique(boolean unique) {
        Copy c = copy();
        c.unique = unique;
        return new FieldDef(c);
    }

    /** The column has an index of its own. */
    public FieldDef index() {
        return index(true);
    }

    /** Whether the column has an index of its own. */
    public FieldDef index(boolean index) {
        Copy c = copy();
        c.index = index;
        return new FieldDef(c);
    }

    /** The DDL default, a literal of the column's kind ({@code "0"}, {@code "true"}, {@code "draft"}). */
    public FieldDef dbDefault(String literal) {
        Copy c = copy();
        c.dbDefault = literal;
        return new FieldDef(c);
    }

    /** The DDL default as an SQL expression, written unchanged ({@code "CURRENT_TIMESTAMP"}). */
    public FieldDef dbDefaultSql(String expression) {
        Copy c = copy();
        c.dbDefaultSql = expression;
        return new FieldDef(c);
    }

    /** The column's comment. */
    public FieldDef description(String description) {
        Copy c = copy();
        c.description = description;
        return new FieldDef(c);
    }

    /**
     * A foreign key's key column: references the primary key of {@code model} ({@code "app.Model"})
     * with a database constraint.
     */
    public FieldDef references(String model, OnDelete onDelete) {
        Copy c = copy();
        c.references = requireName(model, "referenced model");
        c.onDelete = Objects.requireNonNull(onDelete, "onDelete");
        c.dbConstraint = true;
        return new FieldDef(c);
    }

    /** A foreign key without a constraint in the database ({@code dbConstraint = false}). */
    public FieldDef noDbConstraint() {
        Copy c = copy();
        c.dbConstraint = false;
        return new FieldDef(c);
    }

    // ---- reading ----------------------------------------------------------------------------

    /** The field's name. */
    public String name() {
        return name;
    }

    /** The column's name. */
    public String column() {
        return column;
    }

    /** The column's kind (a key column has its target's kind). */
    public FieldKind kind() {
        return kind;
    }

    /** The VARCHAR length; 0 when it has none. */
    public int maxLength() {
        return maxLength;
    }

    /** The DECIMAL precision; 0 when it has none. */
    public int maxDigits() {
        return maxDigits;
    }

    /** The DECIMAL scale; 0 when it has none. */
    public int decimalPlaces() {
        return decimalPlaces;
    }

    /** The element kind of an ARRAY column, or null. */
    public FieldKind elementKind() {
        return elementKind;
    }

    /** Whether this is the primary key. */
    public boolean isPk() {
        return pk;
    }

    /** Whether the database generates the value. */
    public boolean isGenerated() {
        return generated;
    }

    /** Whether the column accepts NULL. */
    public boolean isNullable() {
        return nullable;
    }

    /** Whether the column is UNIQUE. */
    public boolean isUnique() {
        return unique;
    }

    /** Whether the column has an index of its own. */
    public boolean isIndexed() {
        return index;
    }

    /** The DDL default literal, or null. */
    public String dbDefaultLiteral() {
        return dbDefault;
    }

    /** The DDL default expression, or null. */
    public String dbDefaultExpression() {
        return dbDefaultSql;
    }

    /** The column's comment, or null. */
    public String comment() {
        return description;
    }

    /** The referenced model ({@code "app.Model"}) of a key column, or null. */
    public String referencedModel() {
        return references;
    }

    /** What deleting the referenced row does, for a key column; null otherwise. */
    public OnDelete onDelete() {
        return onDelete;
    }

    /** Whether a key column has a foreign key constraint in the database. */
    public boolean hasDbConstraint() {
        return dbConstraint;
    }

    /** A copy under another field name; the column follows the name when it was the name. */
    public FieldDef renamed(String newName) {
        Copy c = copy();
        c.name = requireName(newName, "field name");
        if (column.equals(name)) {
            c.column = newName;
        }
        return new FieldDef(c);
    }

    private Copy copy() {
        Copy c = new Copy();
        c.name = name;
        c.column = column;
        c.kind = kind;
        c.maxLength = maxLength;
        c.maxDigits = maxDigits;
        c.decimalPlaces = decimalPlaces;
        c.elementKind = elementKind;
        c.pk = pk;
        c.generated = generated;
        c.nullable = nullable;
        c.unique = unique;
        c.index = index;
        c.dbDefault = dbDefault;
        c.dbDefaultSql = dbDefaultSql;
        c.description = description;
        c.references = references;
        c.onDelete = onDelete;
        c.dbConstraint = dbConstraint;
        return c;
    }

    /** The mutable fields of one copy under construction. */
    private static final class Copy {
        String name;
        String column;
        FieldKind kind;
        int maxLength;
        int maxDigits;
        int decimalPlaces;
        FieldKind elementKind;
        boolean pk;
        boolean generated;
        boolean nullable;
        boolean unique;
        boolean index;
        String dbDefault;
        String dbDefaultSql;
        String description;
        String references;
        OnDelete onDelete;
        boolean dbConstraint;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldDef f && name.equals(f.name) && sameColumn(f);
    }

    /** Whether the two define the same column, whatever the field is called. */
    public boolean sameColumn(FieldDef f) {
        return column.equals(f.column) && kind == f.kind && maxLength == f.maxLength
                && maxDigits == f.maxDigits && decimalPlaces == f.decimalPlaces && elementKind == f.elementKind
                && pk == f.pk && generated == f.generated && nullable == f.nullable && unique == f.unique
                && index == f.index && Objects.equals(dbDefault, f.dbDefault)
                && Objects.equals(dbDefaultSql, f.dbDefaultSql) && Objects.equals(description, f.description)
                && Objects.equals(references, f.references) && onDelete == f.onDelete
                && dbConstraint == f.dbConstraint;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, column, kind, maxLength, nullable, unique, references);
    }

    @Override
    public String toString() {
        return FieldDefSource.of(this);
    }
}
