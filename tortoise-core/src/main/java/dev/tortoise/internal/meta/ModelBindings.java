package dev.tortoise.internal.meta;

import dev.tortoise.exceptions.ConfigurationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which open registry owns each model class (API decision 1: a model belongs to at most one open
 * Tortoise instance). Lets class-level code ({@code Model.pk()}, {@code Manager.of}) find a
 * model's metadata. Thread-safe; lock-free reads.
 */
public final class ModelBindings {
    private static final Map<Class<?>, ModelMeta> BOUND = new ConcurrentHashMap<>();
    private static final Map<Class<?>, ModelRegistry> OWNERS = new ConcurrentHashMap<>();

    private ModelBindings() {
    }

    /**
     * Binds every model of a registry. All or nothing: when one class is owned by another open
     * registry, nothing is bound.
     *
     * @throws ConfigurationException naming the first class that is already owned
     */
    public static void bind(ModelRegistry registry) {
        List<Class<?>> done = new ArrayList<>();
        for (ModelMeta meta : registry.models()) {
            ModelRegistry previous = OWNERS.putIfAbsent(meta.modelClass(), registry);
            if (previous != null && previous != registry) {
                done.forEach(c -> {
                    OWNERS.remove(c, registry);
                    BOUND.remove(c);
                });
                throw new ConfigurationException("Model " + meta.modelClass().getName()
                        + " already belongs to another open Tortoise instance; close that instance first");
            }
            BOUND.put(meta.modelClass(), meta);
            done.add(meta.modelClass());
        }
    }

    /** Releases the models of a registry (on close); classes owned by others are untouched. */
    public static void unbind(ModelRegistry registry) {
        for (ModelMeta meta : registry.models()) {
            if (OWNERS.remove(meta.modelClass(), registry)) {
                BOUND.remove(meta.modelClass());
            }
        }
    }

    /**
     * The metadata of a model class of an open instance.
     *
     * @throws ConfigurationException when no open instance has this model
     */
    public static ModelMeta meta(Class<?> modelClass) {
        ModelMeta meta = BOUND.get(modelClass);
        if (meta == null) {
            throw new ConfigurationException("Model " + modelClass.getName() + " is not part of an open Tortoise"
                    + " instance: call Tortoise.init with a configuration whose apps list its module");
        }
        return meta;
    }

    /** The metadata of a model class of an open instance, or null. */
    public static ModelMeta find(Class<?> modelClass) {
        return BOUND.get(modelClass);
    }

    /** The open registry that owns a model class, or null. */
    public static ModelRegistry owner(Class<?> modelClass) {
        return OWNERS.get(modelClass);
    }
}
