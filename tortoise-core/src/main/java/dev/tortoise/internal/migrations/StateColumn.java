package dev.tortoise.internal.migrations;

import dev.tortoise.internal.schema.ColumnSpec;
import dev.tortoise.migrations.FieldDef;
import dev.tortoise.spi.FieldKind;
import java.lang.reflect.Type;

/**
 * A column of the migrations' state as DDL renders it. The Java type is unknown there (migrations
 * hold no classes), so it reads as {@code Object}; column types depend only on kind and size.
 *
 * @param kind the column's kind: the field's own, or for a key column the referenced primary key's
 */
record StateColumn(String modelName, FieldDef field, FieldKind kind, boolean uniqueFlag) implements ColumnSpec {

    static StateColumn of(ModelState model, FieldDef field) {
        return new StateColumn(model.name(), field, field.kind(), field.isUnique());
    }

    /** The same column without its UNIQUE clause, as a restated column line must be written. */
    StateColumn withoutUnique() {
        return new StateColumn(modelName, field, kind, false);
    }

    @Override
    public String name() {
        return field.name();
    }

    @Override
    public String column() {
        return field.column();
    }

    @Override
    public Class<?> javaType() {
        return Object.class;
    }

    @Override
    public Type genericType() {
        return Object.class;
    }

    @Override
    public boolean nullable() {
        return field.isNullable();
    }

    @Override
    public int maxLength() {
        return field.maxLength();
    }

    @Override
    public int maxDigits() {
        return field.maxDigits();
    }

    @Override
    public int decimalPlaces() {
        return field.decimalPlaces();
    }

    @Override
    public Class<? extends Enum<?>> enumType() {
        return null;
    }

    @Override
    public FieldKind elementKind() {
        return field.elementKind();
    }

    @Override
    public boolean pk() {
        return field.isPk();
    }

    @Override
    public boolean generated() {
        return field.isGenerated();
    }

    @Override
    public boolean unique() {
        return uniqueFlag;
    }

    @Override
    public String dbDefault() {
        return field.dbDefaultLiteral();
    }

    @Override
    public String dbDefaultSql() {
        return field.dbDefaultExpression();
    }

    @Override
    public String description() {
        return field.comment();
    }

    @Override
    public boolean isKeyField() {
        return field.referencedModel() != null;
    }
}
