package dev.tortoise.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tortoise.Model;
import dev.tortoise.QuerySet;
import dev.tortoise.exceptions.OperationalException;
import dev.tortoise.exceptions.ParamsException;
import dev.tortoise.internal.json.JsonOutput;
import dev.tortoise.internal.json.JsonSchemas;
import dev.tortoise.internal.json.JsonShape;
import dev.tortoise.internal.meta.ModelMeta;
import dev.tortoise.internal.query.IncludedRelations;
import dev.tortoise.internal.runtime.OpenModels;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes instances of one model as JSON, made by {@link ModelJson#writer(Class)}. Immutable:
 * {@link #include}, {@link #exclude} and {@link #maxDepth} return a new writer, so one writer can
 * be kept in a constant and shared by threads.
 *
 * <ul>
 *   <li>Keys are the Java field names, in declaration order. A foreign key that is not included is
 *       written as {@code <field>Id} with the related row's key; an included one as a nested object
 *       under {@code <field>} (without {@code <field>Id}). Reverse and many-to-many relations appear
 *       only when included, as arrays, after the columns.</li>
 *   <li>Decimals are exact JSON numbers ({@code 99.50}), dates and times ISO-8601 strings
 *       ({@code 2024-05-01T10:00:00Z}), durations ISO-8601 ({@code PT1H30M}), UUIDs strings, bytes
 *       Base64, an {@code IntEnum} its value and other enums their name; JSON fields are written
 *       with the instance's {@code jsonMapper}. Null values are written as {@code null}.</li>
 *   <li>Relations appear only when included, so there is no recursion and no surprise query.
 *       Included relations that the instances do not hold yet are loaded first with one query per
 *       relation (as {@code prefetchRelated}), never one per instance; a {@code QuerySet} is read
 *       with {@code prefetchRelated} of the included relations.</li>
 * </ul>
 *
 * @param <T> the model
 */
public final class ModelJsonWriter<T extends Model> {
    private final Class<T> model;
    private final List<String> includes;
    private final List<String> excludes;
    private final int maxDepth;
    // The shape for the metadata of the model's open instance; remade after a new init.
    private volatile JsonShape shape;

    ModelJsonWriter(Class<T> model, List<String> includes, List<String> excludes, int maxDepth) {
        this.model = model;
        this.includes = List.copyOf(includes);
        this.excludes = List.copyOf(excludes);
        this.maxDepth = maxDepth;
    }

    /**
     * A writer that also writes these relations ({@code "tournament"}, {@code "events"},
     * {@code "events__participants"} for a nested one). Checked when the writer is used.
     */
    public ModelJsonWriter<T> include(String... relations) {
        return new ModelJsonWriter<>(model, concat(includes, relations), excludes, maxDepth);
    }

    /**
     * A writer that leaves these fields out ({@code "password"}; a foreign key's name leaves out its
     * {@code <field>Id}; {@code "tournament__created"} a field of an included relation).
     */
    public ModelJsonWriter<T> exclude(String... fields) {
        return new ModelJsonWriter<>(model, includes, concat(excludes, fields), maxDepth);
    }

    /**
     * A writer that allows included relations this many levels deep (default 1: {@code "events"}
     * but not {@code "events__participants"}); a deeper include is a {@link ParamsException}.
     *
     * @throws ParamsException for a negative number
     */
    public ModelJsonWriter<T> maxDepth(int levels) {
        if (levels < 0) {
            throw new ParamsException("maxDepth must be 0 or more, got " + levels);
        }
        return new ModelJsonWriter<>(model, includes, excludes, levels);
    }

    /**
     * The JSON of an instance (an object), or of a {@code List} (any {@code Iterable}) of instances
     * or a {@link QuerySet} (an array). Blocks when relations must be loaded or a query set read.
     *
     * @param modelListOrQuerySet a {@code T}, an {@code Iterable<T>}, a {@code QuerySet<T>}, or null (JSON null)
     * @throws ParamsException for another argument or an instance of another model
     * @throws dev.tortoise.exceptions.FieldException for an include or exclude path the model does not have
     */
    public String toJson(Object modelListOrQuerySet) {
        JsonShape current = shape();
        ObjectMapper mapper = current.meta().json().mapper();
        StringWriter text = new StringWriter();
        try (JsonGenerator out = mapper.createGenerator(text)) {
            switch (modelListOrQuerySet) {
                case null -> out.writeNull();
                case Model instance -> {
                    List<T> one = List.of(checked(instance));
                    IncludedRelations.load(one, current.meta(), includes);
                    JsonOutput.write(out, one.getFirst(), current);
                }
                case QuerySet<?> query -> {
                    List<T> rows = checkedAll(includes.isEmpty() ? query.list()
                            : query.prefetchRelated(includes.toArray(String[]::new)).list());
                    JsonOutput.writeAll(out, rows, current);
                }
                case Iterable<?> many -> {
                    List<T> rows = checkedAll(many);
                    IncludedRelations.load(rows, current.meta(), includes);
                    JsonOutput.writeAll(out, rows, current);
                }
                default -> throw new ParamsException("toJson takes a " + model.getSimpleName() + ", a list of them or a"
                        + " QuerySet, not a " + modelListOrQuerySet.getClass().getName());
            }
        } catch (IOException e) {
            throw new OperationalException("Could not write " + model.getSimpleName() + " as JSON: " + e.getMessage(), e);
        }
        return text.toString();
    }

    /**
     * The JSON Schema (draft 2020-12) of what {@link #toJson} writes for one instance, pretty-printed
     * (upstream's {@code pydantic_model_creator(...).model_json_schema()}).
     */
    public String schema() {
        return JsonSchemas.of(shape()).toPrettyString();
    }

    /** Writes an instance into a generator; what {@link ModelJson#module()} serialises with. */
    void write(JsonGenerator out, Model instance) throws IOException {
        JsonOutput.write(out, checked(instance), shape());
    }

    private JsonShape shape() {
        ModelMeta meta = OpenModels.meta(model);
        JsonShape known = shape;
        if (known == null || known.meta() != meta) {
            known = JsonShape.of(meta, includes, excludes, maxDepth);
            shape = known;
        }
        return known;
    }

    private T checked(Object instance) {
        if (!model.isInstance(instance) || instance.getClass() != model && OpenModels.find(instance.getClass()) != null) {
            throw new ParamsException("This writer writes " + model.getSimpleName() + " instances, not "
                    + (instance == null ? "null" : instance.getClass().getSimpleName()));
        }
        return model.cast(instance);
    }

    private List<T> checkedAll(Iterable<?> instances) {
        List<T> list = new ArrayList<>();
        for (Object instance : instances) {
            list.add(checked(instance));
        }
        return list;
    }

    private static List<String> concat(List<String> known, String[] more) {
        List<String> all = new ArrayList<>(known);
        for (String name : more) {
            all.add(Objects.requireNonNull(name, "name"));
        }
        return all;
    }

    @Override
    public String toString() {
        return "ModelJsonWriter[" + model.getSimpleName() + (includes.isEmpty() ? "" : ", include " + includes)
                + (excludes.isEmpty() ? "" : ", exclude " + excludes) + ", maxDepth " + maxDepth + "]";
    }
}
