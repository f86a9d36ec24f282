package dev.tortoise.internal.types;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.tortoise.spi.FieldInfo;
import dev.tortoise.spi.MessageText;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JSON fields through Jackson: a value is written as JSON text and read back into the field's
 * declared generic type ({@code Map<String, Object>}, {@code List<Address>}, a record ...). One
 * mapper for the JVM; one reader per declared type, made on first use. Unknown properties are
 * ignored on read, so that JSON written by other programs does not break loading. On the module
 * path, a package whose classes travel as JSON must be {@code opens}ed to
 * {@code com.fasterxml.jackson.databind}, as for any Jackson use.
 */
public final class JsonValues {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new SimpleModule("tortoise-finite-numbers")
                    .addSerializer(Double.class, new FiniteSerializer<>(Double.class))
                    .addSerializer(double.class, new FiniteSerializer<>(double.class))
                    .addSerializer(Float.class, new FiniteSerializer<>(Float.class))
                    .addSerializer(float.class, new FiniteSerializer<>(float.class)))
            .build();
    private static final Map<Type, ObjectReader> READERS = new ConcurrentHashMap<>();

    private JsonValues() {
    }

    /**
     * The JSON text of a value. NaN and infinities are refused (JSON has no such numbers: Jackson
     * would write them as strings, which read back as strings), and so is nesting deeper than
     * Jackson's limit (1000 levels).
     */
    public static String write(FieldInfo field, Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw ValueErrors.cannotConvert(field, value, "a value Jackson can write as JSON ("
                    + MessageText.cut(String.valueOf(e.getOriginalMessage())) + ")", e);
        }
    }

    /** Writes a finite floating-point number as Jackson does, and refuses NaN and the infinities. */
    private static final class FiniteSerializer<T extends Number> extends StdSerializer<T> {
        FiniteSerializer(Class<T> type) {
            super(type);
        }

        @Override
        public void serialize(T value, JsonGenerator out, SerializerProvider provider) throws IOException {
            double number = value.doubleValue();
            if (!Double.isFinite(number)) {
                throw JsonMappingException.from(out, "JSON has no " + value + ": store NaN and infinities as null"
                        + " or as a string of your own");
            }
            if (value instanceof Float f) {
                out.writeNumber(f);
            } else {
                out.writeNumber(number);
            }
        }
    }

    /** The value of JSON text (or bytes) as the field's declared type. */
    public static Object read(FieldInfo field, Object stored) {
        ObjectReader reader = READERS.computeIfAbsent(field.genericType(), JsonValues::readerFor);
        try {
            return switch (stored) {
                case String text -> reader.readValue(text);
                case byte[] bytes -> reader.readValue(bytes);
                case CharSequence text -> reader.readValue(text.toString());
                default -> field.javaType().isInstance(stored) ? stored
                        : MAPPER.convertValue(stored, MAPPER.constructType(field.genericType()));
            };
        } catch (IOException | IllegalArgumentException e) {
            throw ValueErrors.cannotConvert(field, stored, "JSON text that maps to " + field.genericType().getTypeName()
                    + " (" + MessageText.cut(String.valueOf(e.getMessage())) + ")", e);
        }
    }

    private static ObjectReader readerFor(Type type) {
        JavaType javaType = MAPPER.constructType(type);
        return MAPPER.readerFor(javaType);
    }
}
