package dev.tortoise.internal.lifecycle;

import dev.tortoise.Model;
import dev.tortoise.signals.PostDeleteListener;
import dev.tortoise.signals.PostSaveListener;
import dev.tortoise.signals.PreDeleteListener;
import dev.tortoise.signals.PreSaveListener;
import dev.tortoise.signals.Subscription;
import java.util.Objects;

/**
 * Where {@code Signals} keeps its listeners: one {@link ModelListeners} per model class, for the
 * life of the class (registrations do not depend on an open {@code Tortoise}, as upstream's
 * decorators run at import). Init hands each model the lists of its class and of its parent
 * models once, so a save looks nothing up. Thread-safe.
 */
public final class ListenerRegistry {
    private static final ClassValue<ModelListeners> BY_CLASS = new ClassValue<>() {
        @Override
        protected ModelListeners computeValue(Class<?> type) {
            return new ModelListeners();
        }
    };

    private ListenerRegistry() {
    }

    /** The listeners of one class (never null; empty until something registers). */
    public static ModelListeners of(Class<?> model) {
        return BY_CLASS.get(model);
    }

    @SuppressWarnings("unchecked")
    public static Subscription preSave(Class<? extends Model> model, PreSaveListener<?> listener) {
        return ModelListeners.add(of(check(model)).preSave, (PreSaveListener<Model>) Objects.requireNonNull(listener, "listener"));
    }

    @SuppressWarnings("unchecked")
    public static Subscription postSave(Class<? extends Model> model, PostSaveListener<?> listener) {
        return ModelListeners.add(of(check(model)).postSave, (PostSaveListener<Model>) Objects.requireNonNull(listener, "listener"));
    }

    @SuppressWarnings("unchecked")
    public static Subscription preDelete(Class<? extends Model> model, PreDeleteListener<?> listener) {
        return ModelListeners.add(of(check(model)).preDelete, (PreDeleteListener<Model>) Objects.requireNonNull(listener, "listener"));
    }

    @SuppressWarnings("unchecked")
    public static Subscription postDelete(Class<? extends Model> model, PostDeleteListener<?> listener) {
        return ModelListeners.add(of(check(model)).postDelete, (PostDeleteListener<Model>) Objects.requireNonNull(listener, "listener"));
    }

    private static Class<? extends Model> check(Class<? extends Model> model) {
        Objects.requireNonNull(model, "model");
        if (model == Model.class) {
            throw new IllegalArgumentException("Register listeners on a model class (or an abstract parent model),"
                    + " not on dev.tortoise.Model itself");
        }
        return model;
    }
}
