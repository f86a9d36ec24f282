package dev.tortoise.internal.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tortoise.fields.IntEnum;
import dev.tortoise.internal.meta.FieldMeta;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The JSON Schema (draft 2020-12) of what {@link JsonOutput} writes for a {@link JsonShape}
 * (upstream's {@code pydantic_model_creator(...).model_json_schema()}): an object per model with
 * its properties in output order, every key required (null values are written, not left out),
 * nullable columns typed {@code [t, "null"]}, sizes and ranges as constraints, values the ORM or
 * the database fills in marked {@code readOnly}, and no other properties.
 */
public final class JsonSchemas {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonSchemas() {
    }

    /** The schema document of a shape. */
    public static ObjectNode of(JsonShape shape) {
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.setAll(object(shape));
        return schema;
    }

    private static ObjectNode object(JsonShape shape) {
        ObjectNode node = NODES.objectNode();
        node.put("title", shape.meta().name());
        if (shape.meta().description() != null) {
            node.put("description", shape.meta().description());
        }
        node.put("type", "object");
        ObjectNode properties = node.putObject("properties");
        ArrayNode required = NODES.arrayNode();
        for (JsonShape.Property property : shape.properties()) {
            properties.set(property.key(), switch (property) {
                case JsonShape.Value v -> column(v.field(), v.field().nullable(), true);
                case JsonShape.Key k -> column(k.relation().targetField(), k.relation().nullable(), false);
                case JsonShape.One one -> one.nullable() ? nullable(object(one.shape())) : object(one.shape());
                case JsonShape.Many many -> NODES.objectNode().put("type", "array").set("items", object(many.shape()));
            });
            required.add(property.key());
        }
        node.set("required", required);
        node.put("additionalProperties", false);
        return node;
    }

    private static ObjectNode nullable(ObjectNode schema) {
        ObjectNode either = NODES.objectNode();
        either.putArray("anyOf").add(schema).add(NODES.objectNode().put("type", "null"));
        return either;
    }

    /** A column's schema; {@code own} is false for a key copied from the related model (no readOnly). */
    private static ObjectNode column(FieldMeta field, boolean nullable, boolean own) {
        ObjectNode node = NODES.objectNode();
        String type = switch (field.kind()) {
            case INT, BIGINT, SMALLINT, INT_ENUM -> "integer";
            case FLOAT, DECIMAL -> "number";
            case BOOLEAN -> "boolean";
            case ARRAY -> "array";
            case JSON -> null;
            default -> "string";
        };
        if (type != null) {
            if (nullable) {
                node.putArray("type").add(type).add("null");
            } else {
                node.put("type", type);
            }
        }
        switch (field.kind()) {
            case INT -> range(node, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case BIGINT -> range(node, Long.MIN_VALUE, Long.MAX_VALUE);
            case SMALLINT -> range(node, Short.MIN_VALUE, Short.MAX_VALUE);
            case CHAR -> node.put("maxLength", field.maxLength());
            case DATETIME -> {
                if (field.javaType() == OffsetDateTime.class || field.javaType() == Instant.class) {
                    node.put("format", "date-time"); // RFC 3339 date-times carry an offset
                }
            }
            case DATE -> node.put("format", "date");
            case TIMEDELTA -> node.put("format", "duration");
            case UUID -> node.put("format", "uuid");
            case BINARY -> node.put("contentEncoding", "base64");
            case INT_ENUM, CHAR_ENUM -> enumValues(node, field, nullable);
            case ARRAY -> node.set("items", NODES.objectNode().set("type", NODES.arrayNode().add(switch (field.elementKind()) {
                case INT, BIGINT, SMALLINT -> "integer";
                case FLOAT, DECIMAL -> "number";
                case BOOLEAN -> "boolean";
                default -> "string";
            }).add("null")));
            default -> { }
        }
        if (own && field.description() != null && field.enumType() == null) {
            node.put("description", field.description());
        }
        if (own && (field.generated() || field.autoNowAdd() || field.version())) {
            node.put("readOnly", true);
        }
        return node;
    }

    private static void range(ObjectNode node, long min, long max) {
        node.put("minimum", min);
        node.put("maximum", max);
    }

    private static void enumValues(ObjectNode node, FieldMeta field, boolean nullable) {
        ArrayNode values = node.putArray("enum");
        for (Enum<?> constant : field.enumType().getEnumConstants()) {
            if (constant instanceof IntEnum i && field.kind() == dev.tortoise.spi.FieldKind.INT_ENUM) {
                values.add(i.value());
            } else {
                values.add(constant.name());
            }
        }
        if (nullable) {
            values.addNull();
        }
    }
}
