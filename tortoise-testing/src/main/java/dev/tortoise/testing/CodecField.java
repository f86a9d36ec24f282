package dev.tortoise.testing;

import dev.tortoise.spi.FieldInfo;
import dev.tortoise.spi.FieldKind;
import java.lang.reflect.Type;

/**
 * A hand-made {@link FieldInfo} for codec tests that need no model: model {@code Sample}, field
 * {@code value}, column {@code v}. Use the withers for lengths, precision, enums and generic types.
 */
public record CodecField(FieldKind kind, Class<?> javaType, Type genericType, boolean nullable, int maxLength,
                         int maxDigits, int decimalPlaces, Class<? extends Enum<?>> enumType) implements FieldInfo {

    /** A nullable field of a kind and Java type. */
    public static CodecField of(FieldKind kind, Class<?> javaType) {
        return new CodecField(kind, javaType, javaType, true, 0, 0, 0, null);
    }

    /** A CHAR field of at most {@code maxLength} characters. */
    public static CodecField chars(int maxLength) {
        return new CodecField(FieldKind.CHAR, String.class, String.class, true, maxLength, 0, 0, null);
    }

    /** A DECIMAL field with the given precision and scale. */
    public static CodecField decimal(int maxDigits, int decimalPlaces) {
        return new CodecField(FieldKind.DECIMAL, java.math.BigDecimal.class, java.math.BigDecimal.class, true, 0,
                maxDigits, decimalPlaces, null);
    }

    /** An INT_ENUM or CHAR_ENUM field of an enum class; CHAR_ENUM gets the longest name as length. */
    public static CodecField enumOf(FieldKind kind, Class<? extends Enum<?>> type) {
        int longest = 0;
        for (Enum<?> constant : type.getEnumConstants()) {
            longest = Math.max(longest, constant.name().length());
        }
        return new CodecField(kind, type, type, true, kind == FieldKind.CHAR_ENUM ? longest : 0, 0, 0, type);
    }

    /** A JSON field whose Java type is declared as {@code type} (a class or a parameterized type). */
    public static CodecField json(Class<?> raw, Type type) {
        return new CodecField(FieldKind.JSON, raw, type, true, 0, 0, 0, null);
    }

    @Override
    public String modelName() {
        return "Sample";
    }

    @Override
    public String name() {
        return "value";
    }

    @Override
    public String column() {
        return "v";
    }
}
