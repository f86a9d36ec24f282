package dev.tortoise.internal.types;

import dev.tortoise.exceptions.ValidationException;
import dev.tortoise.fields.IntEnum;
import dev.tortoise.spi.FieldInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Enum constants by their stored form: {@link IntEnum#value()} for INT_ENUM fields,
 * {@link Enum#name()} for CHAR_ENUM fields. The lookup tables are built once per enum class.
 */
public final class EnumValues {
    private static final ClassValue<Map<Integer, Enum<?>>> BY_VALUE = new ClassValue<>() {
        @Override
        protected Map<Integer, Enum<?>> computeValue(Class<?> type) {
            Map<Integer, Enum<?>> map = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                map.putIfAbsent(((IntEnum) constant).value(), (Enum<?>) constant);
            }
            return Map.copyOf(map);
        }
    };
    private static final ClassValue<Map<String, Enum<?>>> BY_NAME = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            Map<String, Enum<?>> map = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                map.put(((Enum<?>) constant).name(), (Enum<?>) constant);
            }
            return Map.copyOf(map);
        }
    };

    private EnumValues() {
    }

    /** The stored value of an INT_ENUM field: the constant's {@code value()}, or a valid value as given. */
    public static Integer intValue(FieldInfo field, Object value) {
        if (value instanceof IntEnum e && field.enumType().isInstance(value)) {
            return e.value();
        }
        if (value instanceof Enum<?>) {
            throw ValueErrors.cannotConvert(field, value, "a constant of " + field.enumType().getSimpleName());
        }
        return ((IntEnum) byValue(field, value)).value();
    }

    /** The constant of an INT_ENUM field whose {@code value()} is the stored number. */
    public static Enum<?> byValue(FieldInfo field, Object stored) {
        if (field.enumType().isInstance(stored)) {
            return (Enum<?>) stored;
        }
        Integer key = JavaValues.integer(field, stored);
        Enum<?> constant = BY_VALUE.get(field.enumType()).get(key);
        if (constant == null) {
            throw new ValidationException(ValueErrors.where(field) + ": " + key
                    + " is not a valid " + field.enumType().getSimpleName() + "; valid values are "
                    + new TreeSet<>(BY_VALUE.get(field.enumType()).keySet()));
        }
        return constant;
    }

    /** The stored value of a CHAR_ENUM field: the constant's {@code name()}. */
    public static String name(FieldInfo field, Object value) {
        return byName(field, value).name();
    }

    /** The constant of a CHAR_ENUM field named by the stored text. */
    public static Enum<?> byName(FieldInfo field, Object stored) {
        if (field.enumType().isInstance(stored)) {
            return (Enum<?>) stored;
        }
        if (!(stored instanceof CharSequence text)) {
            throw ValueErrors.cannotConvert(field, stored, "a constant of " + field.enumType().getSimpleName()
                    + " or its name");
        }
        Enum<?> constant = BY_NAME.get(field.enumType()).get(text.toString());
        if (constant == null) {
            throw new ValidationException(ValueErrors.where(field) + ": '"
                    + ValueErrors.shorten(text.toString()) + "' is not a valid " + field.enumType().getSimpleName()
                    + "; valid values are " + new TreeSet<>(BY_NAME.get(field.enumType()).keySet()));
        }
        return constant;
    }
}
