package dev.tortoise.internal.json;

import dev.tortoise.Model;
import dev.tortoise.exceptions.FieldException;
import dev.tortoise.exceptions.ParamsException;
import dev.tortoise.internal.meta.BackwardRelationMeta;
import dev.tortoise.internal.meta.FieldMeta;
import dev.tortoise.internal.meta.ForeignKeyMeta;
import dev.tortoise.internal.meta.InstanceState;
import dev.tortoise.internal.meta.ManyToManyMeta;
import dev.tortoise.internal.meta.ModelMeta;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the JSON of one model looks like for one writer: its properties in order, each a value
 * ({@code "name"}), a foreign key that is not included ({@code "tournamentId"}), or an included
 * relation with the shape of the related model. Built once per writer and model metadata, from
 * the include and exclude paths checked against the metadata; writing an instance then only walks
 * the properties. Immutable.
 *
 * @param meta       the model
 * @param properties in output order: the columns as declared (a foreign key where its key column
 *                   is), then the included reverse and many-to-many relations in include order
 */
public record JsonShape(ModelMeta meta, List<Property> properties) {

    /** One key of the object. */
    public sealed interface Property {
        /** The JSON key: the Java field name, or {@code <relation>Id}. */
        String key();
    }

    /** A column's value. */
    public record Value(String key, FieldMeta field) implements Property {
    }

    /** A foreign key that is not included: the related row's key. */
    public record Key(String key, FieldMeta keyField, ForeignKeyMeta relation) implements Property {
    }

    /** An included foreign key, one-to-one or reverse one-to-one: a nested object or null. */
    public record One(String key, JsonShape shape, ForeignKeyMeta forward, BackwardRelationMeta backward, boolean nullable)
            implements Property {
        /** The related instance on an owner (loaded beforehand), or null. */
        public Model get(Model owner) {
            if (forward != null) {
                return forward.get(owner);
            }
            List<? extends Model> fetched = InstanceState.of(owner).fetched(key);
            return fetched == null || fetched.isEmpty() ? null : fetched.getFirst();
        }
    }

    /** An included reverse foreign key or many-to-many: an array of objects. */
    public record Many(String key, JsonShape shape) implements Property {
        /** The related instances of an owner (loaded beforehand); empty when none. */
        public List<? extends Model> get(Model owner) {
            List<? extends Model> fetched = InstanceState.of(owner).fetched(key);
            return fetched == null ? List.of() : fetched;
        }
    }

    /**
     * The shape of a model for these include and exclude paths.
     *
     * @throws FieldException  for a path that names no relation (include) or no field (exclude)
     * @throws ParamsException for an include deeper than {@code maxDepth}
     */
    public static JsonShape of(ModelMeta meta, List<String> includes, List<String> excludes, int maxDepth) {
        Node root = new Node();
        for (String path : includes) {
            String[] names = path.split("__", -1);
            if (names.length > maxDepth) {
                throw new ParamsException("include(\"" + path + "\") of " + meta.name() + " goes " + names.length
                        + " relations deep, more than maxDepth(" + maxDepth + ") allows; raise maxDepth to include it");
            }
            Node node = root;
            for (String name : names) {
                node = node.children.computeIfAbsent(name, k -> new Node());
            }
        }
        for (String path : excludes) {
            String[] names = path.split("__", -1);
            Node node = root;
            for (int i = 0; i < names.length - 1; i++) {
                node = node.children.get(names[i]);
                if (node == null) {
                    throw new FieldException("exclude(\"" + path + "\") of " + meta.name() + ": " + names[i]
                            + " is not an included relation; include it, or exclude a field of " + meta.name());
                }
            }
            node.excluded.add(names[names.length - 1]);
        }
        return build(meta, root, "");
    }

    private static final class Node {
        final Map<String, Node> children = new LinkedHashMap<>();
        final Set<String> excluded = new LinkedHashSet<>();
    }

    private static JsonShape build(ModelMeta meta, Node node, String prefix) {
        for (String name : node.excluded) {
            if (meta.member(name) == null || node.children.containsKey(name)) {
                throw new FieldException("exclude(\"" + prefix + name + "\") of " + meta.name() + ": "
                        + (meta.member(name) == null ? "no such field; the fields of " + meta.name() + " are " + meta.names()
                        : "it is also included"));
            }
        }
        for (String name : node.children.keySet()) {
            Object member = meta.member(name);
            if (!(member instanceof ForeignKeyMeta || member instanceof BackwardRelationMeta
                    || member instanceof ManyToManyMeta)) {
                throw new FieldException("include(\"" + prefix + name + "\") of " + meta.name() + ": not a relation;"
                        + " the relations of " + meta.name() + " are " + relations(meta));
            }
        }
        List<Property> properties = new ArrayList<>();
        for (FieldMeta field : meta.fields()) {
            if (!field.isKeyField()) {
                if (!node.excluded.contains(field.name())) {
                    properties.add(new Value(field.name(), field));
                }
                continue;
            }
            ForeignKeyMeta fk = field.keyOf();
            Node child = node.children.get(fk.name());
            if (child != null) {
                properties.add(new One(fk.name(), build(fk.target(), child, prefix + fk.name() + "__"), fk, null,
                        fk.nullable()));
            } else if (!node.excluded.contains(fk.name())) {
                properties.add(new Key(fk.name() + "Id", field, fk));
            }
        }
        for (Map.Entry<String, Node> entry : node.children.entrySet()) {
            String name = entry.getKey();
            String childPrefix = prefix + name + "__";
            switch (meta.member(name)) {
                case BackwardRelationMeta b when b.oneToOne() ->
                        properties.add(new One(name, build(b.sourceModel(), entry.getValue(), childPrefix), null, b, true));
                case BackwardRelationMeta b -> properties.add(new Many(name, build(b.sourceModel(), entry.getValue(), childPrefix)));
                case ManyToManyMeta m -> properties.add(new Many(name, build(m.target(), entry.getValue(), childPrefix)));
                default -> { } // a forward key: placed where its column is, above
            }
        }
        return new JsonShape(meta, List.copyOf(properties));
    }

    private static List<String> relations(ModelMeta meta) {
        List<String> names = new ArrayList<>();
        for (String name : meta.names()) {
            Object member = meta.member(name);
            if (member instanceof ForeignKeyMeta || member instanceof BackwardRelationMeta || member instanceof ManyToManyMeta) {
                names.add(name);
            }
        }
        return names;
    }
}
