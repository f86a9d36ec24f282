package dev.tortoise.internal.types;

import dev.tortoise.exceptions.ValidationException;
import dev.tortoise.internal.meta.FieldMeta;
import dev.tortoise.spi.FieldInfo;
import dev.tortoise.spi.ValueCodec;

/**
 * The platform's codec with {@code @ConvertedField} converters in front: a field's Java value
 * object becomes its column kind's value before the platform converts it, and back after. A value
 * that already is of the column kind's type (a {@code BigDecimal} in a filter on a {@code Money}
 * field) passes as it is. Made once per connection; immutable and thread-safe like the codec it wraps.
 */
public final class ConvertingCodec implements ValueCodec {
    private final ValueCodec platform;

    public ConvertingCodec(ValueCodec platform) {
        this.platform = platform;
    }

    @Override
    public Object toDb(FieldInfo field, Object javaValue) {
        return platform.toDb(field, toColumnValue(field, javaValue));
    }

    @Override
    public Object fromDb(FieldInfo field, Object dbValue) {
        Object value = platform.fromDb(field, dbValue);
        if (value == null || !(field instanceof FieldMeta meta) || meta.converter() == null) {
            return value;
        }
        try {
            return meta.converter().fromDb(value);
        } catch (RuntimeException e) {
            throw failure(meta, value, "fromDb", e);
        }
    }

    @Override
    public String comparableColumn(FieldInfo field, String quotedColumn) {
        return platform.comparableColumn(field, quotedColumn);
    }

    /**
     * The column kind's value of a field's value: converted when it is the field's Java type, as it
     * is otherwise (null stays null).
     *
     * @throws ValidationException naming model, field and value when the converter throws
     */
    public static Object toColumnValue(FieldInfo field, Object value) {
        if (value == null || !(field instanceof FieldMeta meta) || meta.converter() == null
                || !meta.valueType().isInstance(value)) {
            return value;
        }
        try {
            return meta.converter().toDb(value);
        } catch (RuntimeException e) {
            throw failure(meta, value, "toDb", e);
        }
    }

    private static ValidationException failure(FieldMeta field, Object value, String direction, RuntimeException e) {
        if (e instanceof ValidationException v) {
            return new ValidationException(ValueErrors.where(field) + ": " + v.getMessage(), v);
        }
        return new ValidationException(ValueErrors.where(field) + ": converter " + field.converter().getClass().getSimpleName()
                + "." + direction + " failed on " + ValueErrors.describe(value) + " (" + e + ")", e);
    }

    @Override
    public String toString() {
        return "ConvertingCodec[" + platform + "]";
    }
}
