package dev.tortoise.internal.schema;

import dev.tortoise.internal.meta.FieldMeta;
import dev.tortoise.spi.FieldKind;
import java.lang.reflect.Type;

/** A model's field seen as a {@link ColumnSpec}. */
record FieldColumn(FieldMeta field) implements ColumnSpec {

    @Override
    public String modelName() {
        return field.modelName();
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
    public FieldKind kind() {
        return field.kind();
    }

    @Override
    public Class<?> javaType() {
        return field.javaType();
    }

    @Override
    public Type genericType() {
        return field.genericType();
    }

    @Override
    public boolean nullable() {
        return field.nullable();
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
        return field.enumType();
    }

    @Override
    public FieldKind elementKind() {
        return field.elementKind();
    }

    @Override
    public boolean pk() {
        return field.pk();
    }

    @Override
    public boolean generated() {
        return field.generated();
    }

    @Override
    public boolean unique() {
        return field.unique();
    }

    @Override
    public String dbDefault() {
        return field.dbDefault();
    }

    @Override
    public String dbDefaultSql() {
        return field.dbDefaultSql();
    }

    @Override
    public String description() {
        return field.description();
    }

    @Override
    public boolean isKeyField() {
        return field.isKeyField();
    }
}
