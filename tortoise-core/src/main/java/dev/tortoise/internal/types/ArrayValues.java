package dev.tortoise.internal.types;

import dev.tortoise.spi.FieldInfo;
import dev.tortoise.spi.FieldKind;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * ARRAY column values: a {@code List} (or any collection or array, or one element) becomes a Java
 * array of the element kind's type with every element converted as a column of that kind would
 * be; what a driver returns (a {@code java.sql.Array}, an array, a list) becomes a mutable
 * {@code List} of the element type. Null elements stay null.
 */
public final class ArrayValues {
    private ArrayValues() {
    }

    /** The elements of a value as a typed Java array ({@code String[]}, {@code Integer[]} ...). */
    public static Object[] toArray(FieldInfo field, Object value) {
        Collection<?> items = switch (value) {
            case Collection<?> c -> c;
            case Object[] a -> Arrays.asList(a);
            default -> List.of(value);
        };
        FieldInfo element = element(field);
        Object[] out = (Object[]) java.lang.reflect.Array.newInstance(javaType(element.kind()), items.size());
        int i = 0;
        for (Object item : items) {
            out[i++] = item == null ? null : element(element, item);
        }
        return out;
    }

    /** A stored array as a list of the element type. */
    public static List<Object> toList(FieldInfo field, Object stored) {
        Object[] items = switch (stored) {
            case Object[] a -> a;
            case Collection<?> c -> c.toArray();
            case java.sql.Array a -> read(field, a);
            default -> throw ValueErrors.cannotConvert(field, stored, "an array");
        };
        FieldInfo element = element(field);
        List<Object> out = new ArrayList<>(items.length);
        for (Object item : items) {
            out.add(item == null ? null : element(element, item));
        }
        return out;
    }

    private static Object[] read(FieldInfo field, java.sql.Array array) {
        try {
            return (Object[]) array.getArray();
        } catch (SQLException e) {
            throw ValueErrors.cannotConvert(field, array, "an array the driver can read (" + e.getMessage() + ")", e);
        }
    }

    private static Object element(FieldInfo element, Object value) {
        return switch (element.kind()) {
            case INT -> JavaValues.integer(element, value);
            case BIGINT -> JavaValues.longValue(element, value);
            case SMALLINT -> JavaValues.shortValue(element, value);
            case FLOAT -> JavaValues.doubleValue(element, value);
            case BOOLEAN -> JavaValues.bool(element, value);
            case DECIMAL -> JavaValues.anyDecimal(element, value);
            case UUID -> JavaValues.uuid(element, value);
            default -> JavaValues.text(element, value);
        };
    }

    /** The Java type of an element kind's values. */
    static Class<?> javaType(FieldKind kind) {
        return switch (kind) {
            case INT -> Integer.class;
            case BIGINT -> Long.class;
            case SMALLINT -> Short.class;
            case FLOAT -> Double.class;
            case BOOLEAN -> Boolean.class;
            case DECIMAL -> BigDecimal.class;
            case UUID -> UUID.class;
            default -> String.class;
        };
    }

    /** An element of an array field, for conversions and their messages ({@code Post.tags[]}). */
    private static FieldInfo element(FieldInfo array) {
        FieldKind kind = array.elementKind();
        return new PlainFieldInfo(array.modelName(), array.name() + "[]", array.column(), kind, javaType(kind));
    }
}
