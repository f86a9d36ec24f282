package dev.tortoise.internal.types;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.tortoise.spi.FieldInfo;
import dev.tortoise.spi.MessageText;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Jackson mapper of one open Tortoise instance, for the values of {@code JSONField}s and for
 * model JSON: the standard one (unknown properties ignored on read, so JSON written by other
 * programs does not break loading), or a private copy of the one given to
 * {@code TortoiseConfig.Builder.jsonMapper} (later changes to the caller's mapper do not reach it).
 * Either way NaN and infinities are refused: JSON has no such numbers. One reader per declared
 * type, made on first use. The standard mapper is made when first needed, not at init: Jackson's
 * first mapper loads some 400 classes, which a process without JSON values should not pay for.
 * Thread-safe.
 */
public final class JsonMapping {
    private static final JsonMapping STANDARD = new JsonMapping(null);

    private final ObjectMapper configured;
    private final Map<Type, ObjectReader> readers = new ConcurrentHashMap<>();

    private JsonMapping(ObjectMapper configured) {
        this.configured = configured == null ? null : configured.registerModule(finiteNumbers());
    }

    /** The standard mapper, made by the JVM on first use (a holder class). */
    private static final class Standard {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build().registerModule(finiteNumbers());
    }

    /** The mapping used when none is configured. */
    public static JsonMapping standard() {
        return STANDARD;
    }

    /** A mapping over a private copy of {@code mapper}; null means {@link #standard()}. */
    public static JsonMapping of(ObjectMapper mapper) {
        return mapper == null ? STANDARD : new JsonMapping(mapper.copy());
    }

    /** The mapper (this mapping's own; never hand it out for changes). */
    public ObjectMapper mapper() {
        return configured != null ? configured : Standard.MAPPER;
    }

    /**
     * The JSON text of a field's value. NaN and infinities are refused, and so is nesting deeper
     * than Jackson's limit (1000 levels).
     */
    public String write(FieldInfo field, Object value) {
        try {
            return mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw ValueErrors.cannotConvert(field, value, "a value Jackson can write as JSON ("
                    + MessageText.cut(String.valueOf(e.getOriginalMessage())) + ")", e);
        }
    }

    /** The value of JSON text (or bytes) as the field's declared type. */
    public Object read(FieldInfo field, Object stored) {
        ObjectReader reader = readers.computeIfAbsent(field.genericType(), this::readerFor);
        try {
            return switch (stored) {
                case String text -> reader.readValue(text);
                case byte[] bytes -> reader.readValue(bytes);
                case CharSequence text -> reader.readValue(text.toString());
                default -> field.javaType().isInstance(stored) ? stored
                        : mapper().convertValue(stored, mapper().constructType(field.genericType()));
            };
        } catch (IOException | IllegalArgumentException e) {
            throw ValueErrors.cannotConvert(field, stored, "JSON text that maps to " + field.genericType().getTypeName()
                    + " (" + MessageText.cut(String.valueOf(e.getMessage())) + ")", e);
        }
    }

    private ObjectReader readerFor(Type type) {
        JavaType javaType = mapper().constructType(type);
        return mapper().readerFor(javaType);
    }

    private static SimpleModule finiteNumbers() {
        return new SimpleModule("tortoise-finite-numbers")
                .addSerializer(Double.class, new FiniteSerializer<>(Double.class))
                .addSerializer(double.class, new FiniteSerializer<>(double.class))
                .addSerializer(Float.class, new FiniteSerializer<>(Float.class))
                .addSerializer(float.class, new FiniteSerializer<>(float.class));
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
}
