package dev.tortoise.internal.query;

import dev.tortoise.spi.FieldInfo;
import dev.tortoise.spi.FieldKind;
import java.lang.reflect.Type;

/**
 * A value computed by the database that reads and binds like a field of the given kind (the current
 * time is a datetime), so the codec converts it as it would a column of that kind.
 */
record ComputedField(String name, FieldKind kind, Class<?> javaType) implements FieldInfo {

    @Override
    public String modelName() {
        return "(expression)";
    }

    @Override
    public String column() {
        return name;
    }

    @Override
    public Type genericType() {
        return javaType;
    }

    @Override
    public boolean nullable() {
        return true;
    }

    @Override
    public int maxLength() {
        return 0;
    }

    @Override
    public int maxDigits() {
        return 0;
    }

    @Override
    public int decimalPlaces() {
        return 0;
    }

    @Override
    public Class<? extends Enum<?>> enumType() {
        return null;
    }
}
