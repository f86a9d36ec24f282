package dev.tortoise.internal.types;

import dev.tortoise.internal.meta.FieldMeta;
import dev.tortoise.spi.FieldInfo;

/**
 * JSON fields through Jackson: a value is written as JSON text and read back into the field's
 * declared generic type ({@code Map<String, Object>}, {@code List<Address>}, a record ...), with
 * the {@link JsonMapping} of the field's open instance (a configured
 * {@code TortoiseConfig.Builder.jsonMapper}, or the standard one). On the module path, a package
 * whose classes travel as JSON must be {@code opens}ed to {@code com.fasterxml.jackson.databind},
 * as for any Jackson use.
 */
public final class JsonValues {
    private JsonValues() {
    }

    /** The JSON text of a value; see {@link JsonMapping#write}. */
    public static String write(FieldInfo field, Object value) {
        return mapping(field).write(field, value);
    }

    /** The value of JSON text (or bytes) as the field's declared type; see {@link JsonMapping#read}. */
    public static Object read(FieldInfo field, Object stored) {
        return mapping(field).read(field, stored);
    }

    /** The mapping of the field's model, set at init; the standard one for fields Tortoise did not make. */
    private static JsonMapping mapping(FieldInfo field) {
        return field instanceof FieldMeta meta && meta.model() != null ? meta.model().json() : JsonMapping.standard();
    }
}
