package dev.tortoise.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tortoise.Model;
import dev.tortoise.fields.IntEnum;
import dev.tortoise.internal.meta.FieldMeta;
import dev.tortoise.internal.types.ConvertingCodec;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;

/**
 * Writes instances by their {@link JsonShape} into a Jackson generator: keys as the shape says,
 * values by column kind with no reflection (the field's prepared accessor reads them). Decimals
 * are exact plain JSON numbers ({@code 99.50}), dates and times ISO-8601 strings, durations
 * ISO-8601 ({@code PT1H30M}), UUIDs strings, bytes Base64, enums as stored (an {@code IntEnum} by
 * its value, another enum by its name), JSON values through the generator's own mapper.
 */
public final class JsonOutput {
    private JsonOutput() {
    }

    /** One instance as an object (null as JSON null). */
    public static void write(JsonGenerator out, Model instance, JsonShape shape) throws IOException {
        if (instance == null) {
            out.writeNull();
            return;
        }
        out.writeStartObject();
        for (JsonShape.Property property : shape.properties()) {
            out.writeFieldName(property.key());
            switch (property) {
                case JsonShape.Value v -> value(out, v.field(), v.field().get(instance));
                case JsonShape.Key k -> value(out, k.keyField(), k.keyField().get(instance));
                case JsonShape.One one -> write(out, one.get(instance), one.shape());
                case JsonShape.Many many -> {
                    out.writeStartArray();
                    for (Model child : many.get(instance)) {
                        write(out, child, many.shape());
                    }
                    out.writeEndArray();
                }
            }
        }
        out.writeEndObject();
    }

    /** Instances as an array. */
    public static void writeAll(JsonGenerator out, Collection<? extends Model> instances, JsonShape shape) throws IOException {
        out.writeStartArray();
        for (Model instance : instances) {
            write(out, instance, shape);
        }
        out.writeEndArray();
    }

    /** One column's value. */
    static void value(JsonGenerator out, FieldMeta field, Object javaValue) throws IOException {
        Object value = ConvertingCodec.toColumnValue(field, javaValue); // a converted field as its column value
        if (value == null) {
            out.writeNull();
            return;
        }
        switch (field.kind()) {
            case INT, SMALLINT, BIGINT -> out.writeNumber(((Number) value).longValue());
            case FLOAT -> out.writeNumber(((Number) value).doubleValue());
            case DECIMAL -> out.writeNumber(((BigDecimal) value).toPlainString());
            case CHAR, TEXT -> out.writeString(value.toString());
            case BOOLEAN -> out.writeBoolean((Boolean) value);
            case DATETIME -> out.writeString(datetime(value));
            case DATE -> out.writeString(DateTimeFormatter.ISO_LOCAL_DATE.format((LocalDate) value));
            case TIME -> out.writeString(DateTimeFormatter.ISO_LOCAL_TIME.format((LocalTime) value));
            case TIMEDELTA -> out.writeString(((Duration) value).toString());
            case JSON -> out.writeObject(value);
            case UUID -> out.writeString(value.toString());
            case BINARY -> out.writeBinary((byte[]) value);
            case INT_ENUM -> out.writeNumber(((IntEnum) value).value());
            case CHAR_ENUM -> out.writeString(((Enum<?>) value).name());
            case ARRAY -> {
                out.writeStartArray();
                for (Object element : (Collection<?>) value) {
                    element(out, element);
                }
                out.writeEndArray();
            }
        }
    }

    /** An element of an array column: text, a number, a boolean or a UUID. */
    private static void element(JsonGenerator out, Object element) throws IOException {
        switch (element) {
            case null -> out.writeNull();
            case BigDecimal d -> out.writeNumber(d.toPlainString());
            case Double d -> out.writeNumber(d);
            case Number n -> out.writeNumber(n.longValue());
            case Boolean b -> out.writeBoolean(b);
            default -> out.writeString(element.toString());
        }
    }

    private static String datetime(Object value) {
        return switch (value) {
            case OffsetDateTime t -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
            case Instant t -> DateTimeFormatter.ISO_INSTANT.format(t);
            case LocalDateTime t -> DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t);
            default -> value.toString();
        };
    }
}
