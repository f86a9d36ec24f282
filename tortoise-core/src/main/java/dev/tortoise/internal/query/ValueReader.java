package dev.tortoise.internal.query;

import dev.tortoise.exceptions.ValidationException;
import dev.tortoise.internal.meta.FieldMeta;
import dev.tortoise.spi.FieldKind;
import dev.tortoise.spi.ValueCodec;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts the rows of a {@code values(...)} query (and the annotations of model rows): field
 * values through the codec, aggregates to one Java type per function on every backend
 * ({@code COUNT} a {@code Long}, {@code AVG} a {@code Double}, or a {@code BigDecimal} over
 * decimals; {@code SUM} a {@code Long} over integers), functions to their documented type.
 */
final class ValueReader {

    /** One selected value: its key (also its column label) and the type it is read as. */
    record Column(String key, ResultType type) {
    }

    private final List<Column> columns;
    private final ValueCodec codec;

    ValueReader(List<Column> columns, ValueCodec codec) {
        this.columns = columns;
        this.codec = codec;
    }

    List<Column> columns() {
        return columns;
    }

    Map<String, Object> map(Map<String, Object> row) {
        Map<String, Object> out = LinkedHashMap.newLinkedHashMap(columns.size());
        for (Column c : columns) {
            out.put(c.key(), convert(c.type(), row.get(c.key())));
        }
        return out;
    }

    List<Object> list(Map<String, Object> row) {
        List<Object> out = new ArrayList<>(columns.size());
        for (Column c : columns) {
            out.add(convert(c.type(), row.get(c.key())));
        }
        return out;
    }

    Object convert(ResultType type, Object value) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case ResultType.OfField f -> codec.fromDb(f.field(), value);
            case ResultType.OfAggregate a -> aggregate(a, value);
            case ResultType.OfJava j -> java(j.type(), value);
            case ResultType.Raw r -> value;
        };
    }

    private Object aggregate(ResultType.OfAggregate a, Object value) {
        FieldMeta field = a.field();
        return switch (a.function()) {
            case "COUNT" -> ((Number) value).longValue();
            case "AVG" -> isDecimal(field) ? decimal(value) : number(value).doubleValue();
            case "SUM" -> field != null && field.kind().isInteger() && value instanceof Number n
                    ? (Object) n.longValue() : isDecimal(field) ? decimal(value)
                    : value instanceof Number n ? (Object) n.doubleValue() : codec.fromDb(field, value);
            default -> field == null ? value : codec.fromDb(field, value);
        };
    }

    /** A computed value as the Java type its expression promises, whatever the driver made of it. */
    static Object java(Class<?> type, Object value) {
        try {
            if (type == String.class) {
                return value instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                        : value.toString();
            } else if (type == Long.class) {
                return number(value).longValue();
            } else if (type == Integer.class) {
                return number(value).intValue();
            } else if (type == Short.class) {
                return number(value).shortValue();
            } else if (type == Double.class) {
                return number(value).doubleValue();
            } else if (type == Float.class) {
                return number(value).floatValue();
            } else if (type == BigDecimal.class) {
                return decimal(value);
            } else if (type == Boolean.class) {
                return value instanceof Boolean b ? b : value instanceof Number n ? n.doubleValue() != 0
                        : Boolean.parseBoolean(value.toString()) || value.toString().equals("1") || value.toString().equals("t");
            } else if (type == LocalDate.class) {
                return switch (value) {
                    case LocalDate d -> d;
                    case LocalDateTime dt -> dt.toLocalDate();
                    case java.sql.Date d -> d.toLocalDate();
                    case java.sql.Timestamp t -> t.toLocalDateTime().toLocalDate();
                    default -> LocalDate.parse(value.toString().substring(0, Math.min(10, value.toString().length())));
                };
            }
        } catch (RuntimeException e) {
            throw new ValidationException("The database returned " + value + " (" + value.getClass().getSimpleName()
                    + "), which is not a " + type.getSimpleName(), e);
        }
        return value;
    }

    private static Number number(Object value) {
        return switch (value) {
            case Number n -> n;
            case Boolean b -> b ? 1 : 0;
            default -> new BigDecimal(value.toString().trim());
        };
    }

    private static boolean isDecimal(FieldMeta field) {
        return field != null && field.kind() == FieldKind.DECIMAL;
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString().trim());
    }
}
