package dev.tortoise.internal.query;

import dev.tortoise.functions.Aggregate;
import dev.tortoise.internal.meta.FieldMeta;
import dev.tortoise.spi.FieldKind;
import dev.tortoise.spi.ValueCodec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts the rows of a {@code values(...)} query: field values through the codec, aggregates to
 * one Java type per function on every backend ({@code COUNT} a {@code Long}, {@code AVG} a
 * {@code Double}, or a {@code BigDecimal} over decimals; {@code SUM} a {@code Long} over integers).
 */
final class ValueReader {

    /** One selected value: its key (also its column label), the field it reads, and its aggregate, if any. */
    record Column(String key, FieldMeta field, Aggregate aggregate) {
    }

    private final List<Column> columns;
    private final ValueCodec codec;

    ValueReader(List<Column> columns, ValueCodec codec) {
        this.columns = columns;
        this.codec = codec;
    }

    Map<String, Object> map(Map<String, Object> row) {
        Map<String, Object> out = LinkedHashMap.newLinkedHashMap(columns.size());
        for (Column c : columns) {
            out.put(c.key(), convert(c, row.get(c.key())));
        }
        return out;
    }

    List<Object> list(Map<String, Object> row) {
        List<Object> out = new ArrayList<>(columns.size());
        for (Column c : columns) {
            out.add(convert(c, row.get(c.key())));
        }
        return out;
    }

    private Object convert(Column c, Object value) {
        if (value == null) {
            return null;
        }
        if (c.aggregate() == null) {
            return c.field() == null ? value : codec.fromDb(c.field(), value);
        }
        return switch (c.aggregate().function()) {
            case "COUNT" -> ((Number) value).longValue();
            case "AVG" -> isDecimal(c.field()) ? decimal(value) : ((Number) value).doubleValue();
            case "SUM" -> c.field() != null && c.field().kind().isInteger() && value instanceof Number n
                    ? (Object) n.longValue() : isDecimal(c.field()) ? decimal(value)
                    : value instanceof Number n ? (Object) n.doubleValue() : codec.fromDb(c.field(), value);
            default -> codec.fromDb(c.field(), value);
        };
    }

    private static boolean isDecimal(FieldMeta field) {
        return field != null && field.kind() == FieldKind.DECIMAL;
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
