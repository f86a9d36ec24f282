package dev.tortoise.internal.runtime;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.internal.meta.ModelMeta;
import dev.tortoise.internal.meta.ModelRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one registry of open instances: which open {@code Tortoise} owns each model class (API
 * decision 1: at most one), with the model's metadata. Class-level code ({@code Model.pk()},
 * {@code Manager.of}, every query) starts here. Thread-safe; reads are lock-free map reads.
 */
public final class OpenModels {

    /** A model class bound to an open instance: its metadata and the runtime that owns it. */
    public record Binding(ModelMeta meta, TortoiseRuntime runtime) {
    }

    /** What is left of a closed instance for its model classes: when it closed, and its connections. */
    private record Closed(Instant at, Set<String> connections) {
    }

    private static final Map<Class<?>, Binding> BOUND = new ConcurrentHashMap<>();
    // Per class, so that a message can say the instance was closed and when. A ClassValue does not
    // keep the class (or its class loader) alive.
    private static final ClassValue<AtomicReference<Closed>> CLOSED = new ClassValue<>() {
        @Override
        protected AtomicReference<Closed> computeValue(Class<?> type) {
            return new AtomicReference<>();
        }
    };

    private OpenModels() {
    }

    /**
     * Binds every model of a registry to its runtime. All or nothing: when one class is owned by
     * another open instance, nothing is bound.
     *
     * @param runtime the owning runtime; null binds metadata alone (the metadata layer's own tests)
     * @throws ConfigurationException naming the first class that is already owned
     */
    public static void bind(ModelRegistry registry, TortoiseRuntime runtime) {
        List<Class<?>> done = new ArrayList<>();
        for (ModelMeta meta : registry.models()) {
            Binding previous = BOUND.putIfAbsent(meta.modelClass(), new Binding(meta, runtime));
            if (previous != null) {
                done.forEach(BOUND::remove);
                throw new ConfigurationException("Model " + meta.modelClass().getName()
                        + " already belongs to another open Tortoise instance; close that instance first");
            }
            done.add(meta.modelClass());
        }
        done.forEach(type -> CLOSED.get(type).set(null));
    }

    /**
     * Releases the models of a registry (on close); classes owned by others are untouched. Later
     * uses of a released class are told that its instance was closed, when, and on which
     * connections.
     */
    public static void unbind(ModelRegistry registry, Set<String> connections) {
        Closed closed = new Closed(Instant.now(), Set.copyOf(connections));
        for (ModelMeta meta : registry.models()) {
            BOUND.computeIfPresent(meta.modelClass(), (c, binding) -> {
                if (binding.meta() != meta) {
                    return binding;
                }
                CLOSED.get(c).set(closed);
                return null;
            });
        }
    }

    /**
     * The binding of a model class of an open instance.
     *
     * @throws ConfigurationException when no open instance has this model
     */
    public static Binding of(Class<?> modelClass) {
        Binding binding = BOUND.get(modelClass);
        if (binding == null) {
            throw notOpen(modelClass);
        }
        return binding;
    }

    private static ConfigurationException notOpen(Class<?> modelClass) {
        Closed closed = CLOSED.get(modelClass).get();
        if (closed != null) {
            return new ConfigurationException("Model " + modelClass.getName() + " belonged to a Tortoise instance"
                    + " (connections " + closed.connections().stream().sorted().toList() + ") that was closed at "
                    + closed.at() + "; queries need an open instance: keep it open while you use its models, or"
                    + " call Tortoise.init again");
        }
        return new ConfigurationException("Model " + modelClass.getName() + " is not part of an open Tortoise"
                + " instance: call Tortoise.init with a configuration whose apps list its module (the package "
                + modelClass.getPackageName() + ", or a class holding the model)");
    }

    /**
     * The metadata of a model class of an open instance.
     *
     * @throws ConfigurationException when no open instance has this model
     */
    public static ModelMeta meta(Class<?> modelClass) {
        return of(modelClass).meta();
    }

    /** The metadata of a model class of an open instance, or null. */
    public static ModelMeta find(Class<?> modelClass) {
        Binding binding = BOUND.get(modelClass);
        return binding == null ? null : binding.meta();
    }
}
