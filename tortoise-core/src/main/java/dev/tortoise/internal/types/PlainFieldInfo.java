package dev.tortoise.internal.types;

import dev.tortoise.spi.FieldInfo;
import dev.tortoise.spi.FieldKind;
import java.lang.reflect.Type;

/**
 * A value that converts like a field of a kind but is no declared field: an element of an array
 * field ({@code Post.tags[]}), or a value the database computes ({@code Now}). Nullable, with no
 * sizes, no enum and no elements of its own.
 *
 * @param modelName the model named in messages
 * @param name      the name in messages
 * @param column    the column, or the name again where there is none
 * @param kind      how the codec converts the value
 * @param javaType  the Java type values are read as
 */
public record PlainFieldInfo(String modelName, String name, String column, FieldKind kind, Class<?> javaType)
        implements FieldInfo {

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
