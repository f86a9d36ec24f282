package dev.tortoise.internal.meta;

import dev.tortoise.Model;
import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.internal.types.JsonMapping;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every model of one Tortoise instance, built once at init (discovery, field collection and
 * validation, relation resolution) and immutable afterwards. Models are in registry order: apps in
 * configuration order, each app's models in discovery order.
 */
public final class ModelRegistry {
    private final Map<String, List<ModelMeta>> apps;
    private final List<ModelMeta> models;
    private final Map<Class<?>, ModelMeta> byClass;
    private final List<String> warnings;

    private ModelRegistry(Map<String, List<ModelMeta>> apps, List<String> warnings) {
        this.warnings = warnings;
        Map<String, List<ModelMeta>> copy = new LinkedHashMap<>();
        List<ModelMeta> all = new ArrayList<>();
        Map<Class<?>, ModelMeta> classes = new IdentityHashMap<>();
        for (Map.Entry<String, List<ModelMeta>> app : apps.entrySet()) {
            copy.put(app.getKey(), List.copyOf(app.getValue()));
            all.addAll(app.getValue());
            for (ModelMeta m : app.getValue()) {
                classes.put(m.modelClass(), m);
            }
        }
        this.apps = Collections.unmodifiableMap(copy);
        this.models = List.copyOf(all);
        this.byClass = Collections.unmodifiableMap(classes);
    }

    /**
     * Discovers, validates and resolves the models of the given apps. Blocks only on class loading
     * (and a restricted class-path scan for packages without {@code @Models}).
     *
     * @param apps               the apps in configuration order
     * @param tableNameGenerator table names for models without {@code @Meta(table)}; may be null
     * @throws ConfigurationException for every discovery, definition or relation error, naming the culprit
     */
    public static ModelRegistry build(List<AppSpec> apps, Function<Class<?>, String> tableNameGenerator) {
        return build(apps, tableNameGenerator, JsonMapping.standard());
    }

    /**
     * As {@link #build(List, Function)}, with the JSON mapping of the instance being opened.
     *
     * @param json the mapping of JSON field values and model JSON ({@code jsonMapper})
     */
    public static ModelRegistry build(List<AppSpec> apps, Function<Class<?>, String> tableNameGenerator,
                                      JsonMapping json) {
        ModelDiscovery.Result discovered = ModelDiscovery.discover(apps);
        Map<String, String> connections = new LinkedHashMap<>();
        for (AppSpec a : apps) {
            connections.put(a.label(), a.defaultConnection());
        }
        Map<String, List<ModelMeta>> metas = new LinkedHashMap<>();
        Map<ModelMeta, FieldCollector.Result> collected = new IdentityHashMap<>();
        for (var entry : discovered.apps().entrySet()) {
            List<ModelMeta> list = new ArrayList<>();
            for (Class<? extends Model> modelClass : entry.getValue()) {
                FieldCollector.Result result = FieldCollector.collect(modelClass, entry.getKey(),
                        connections.get(entry.getKey()), tableNameGenerator, json);
                list.add(result.meta());
                collected.put(result.meta(), result);
            }
            metas.put(entry.getKey(), list);
        }
        new RelationResolver(metas, collected).resolve();
        for (List<ModelMeta> list : metas.values()) {
            for (ModelMeta meta : list) {
                meta.freeze();
            }
        }
        return new ModelRegistry(metas, discovered.warnings());
    }

    /** The warnings discovery logged ({@code Module "x" has no models}), in order. */
    public List<String> warnings() {
        return warnings;
    }

    /** Every model, in registry order. */
    public List<ModelMeta> models() {
        return models;
    }

    /** App label → its models, in configuration and discovery order. */
    public Map<String, List<ModelMeta>> apps() {
        return apps;
    }

    /**
     * The models of one app.
     *
     * @throws ConfigurationException when no app has that label
     */
    public List<ModelMeta> app(String label) {
        List<ModelMeta> found = apps.get(label);
        if (found == null) {
            throw new ConfigurationException("No app with name '" + label + "' registered. Registered apps: "
                    + String.join(", ", apps.keySet()));
        }
        return found;
    }

    /**
     * The metadata of a model class.
     *
     * @throws ConfigurationException when the class is not a model of this registry
     */
    public ModelMeta meta(Class<?> modelClass) {
        ModelMeta meta = byClass.get(modelClass);
        if (meta == null) {
            throw new ConfigurationException("Model " + modelClass.getName() + " is not registered: list its"
                    + " package or class in the models of an app");
        }
        return meta;
    }

    /** The metadata of a model class, or null when it is not registered here. */
    public ModelMeta find(Class<?> modelClass) {
        return byClass.get(modelClass);
    }

    /**
     * The metadata of a model by its {@code "app.Model"} name.
     *
     * @throws ConfigurationException with upstream's messages for an unknown app or model
     */
    public ModelMeta meta(String fullName) {
        String[] parts = fullName.split("\\.", -1);
        if (parts.length != 2) {
            throw new ConfigurationException("Model name \"" + fullName + "\" must be in format \"app.Model\"");
        }
        for (ModelMeta meta : app(parts[0])) {
            if (meta.name().equals(parts[1])) {
                return meta;
            }
        }
        throw new ConfigurationException("No model with name '" + parts[1] + "' registered in app '" + parts[0] + "'.");
    }

    /** The models whose app uses the given connection alias, in registry order. */
    public List<ModelMeta> modelsOf(String connection) {
        List<ModelMeta> found = new ArrayList<>();
        for (ModelMeta m : models) {
            if (m.connection().equals(connection)) {
                found.add(m);
            }
        }
        return Collections.unmodifiableList(found);
    }
}
