package dev.tortoise.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.tortoise.Model;
import dev.tortoise.QuerySet;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * Models as JSON (upstream's {@code pydantic_model_creator}): a {@linkplain #writer(Class) writer}
 * per model, the {@linkplain #schema(Class) JSON Schema} of what it writes, and a Jackson
 * {@linkplain #module() module} so that an application's own {@code ObjectMapper} (Spring MVC,
 * Javalin, ...) writes models the same way.
 *
 * <pre>{@code
 * String one = ModelJson.writer(Event.class).toJson(event);
 * String all = ModelJson.writer(Event.class).include("tournament").exclude("prize").toJson(Event.objects.all());
 * String schema = ModelJson.schema(Event.class);
 * }</pre>
 *
 * The model must belong to an open {@code Tortoise} instance when a writer is used.
 */
public final class ModelJson {
    private ModelJson() {
    }

    /** A writer of {@code model}'s instances: every column, foreign keys as {@code <field>Id}, no relations, maxDepth 1. */
    public static <T extends Model> ModelJsonWriter<T> writer(Class<T> model) {
        return new ModelJsonWriter<>(Objects.requireNonNull(model, "model"), List.of(), List.of(), 1);
    }

    /** The JSON Schema of what {@code writer(model).toJson(instance)} writes, pretty-printed. */
    public static String schema(Class<? extends Model> model) {
        return writer(model).schema();
    }

    /**
     * A Jackson module that writes every {@link Model} as {@code writer(itsClass).toJson(it)} does
     * (no relations) and a {@link QuerySet} as the array of its instances (running the query):
     * {@code objectMapper.registerModule(ModelJson.module())}. JSON fields are written with that
     * mapper's settings. A model whose instance is not open fails serialisation.
     */
    public static Module module() {
        return new SimpleModule("tortoise-models")
                .addSerializer(Model.class, new ModelSerializer())
                .addSerializer(queryClass(), new QuerySetSerializer());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Class<QuerySet<?>> queryClass() {
        return (Class) QuerySet.class;
    }

    /** Writes a model as its default writer does; one writer per class, remade after a new init. */
    private static final class ModelSerializer extends StdSerializer<Model> {
        private static final ClassValue<ModelJsonWriter<?>> WRITERS = new ClassValue<>() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            protected ModelJsonWriter<?> computeValue(Class<?> type) {
                return writer((Class) type);
            }
        };

        ModelSerializer() {
            super(Model.class);
        }

        @Override
        public void serialize(Model value, JsonGenerator out, SerializerProvider provider) throws IOException {
            WRITERS.get(value.getClass()).write(out, value);
        }
    }

    /** Writes a query set as the array of its instances. */
    private static final class QuerySetSerializer extends StdSerializer<QuerySet<?>> {
        QuerySetSerializer() {
            super(queryClass());
        }

        @Override
        public void serialize(QuerySet<?> value, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeStartArray();
            for (Model instance : value.list()) {
                provider.defaultSerializeValue(instance, out);
            }
            out.writeEndArray();
        }
    }
}
