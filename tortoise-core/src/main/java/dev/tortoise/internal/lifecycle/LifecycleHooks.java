package dev.tortoise.internal.lifecycle;

import dev.tortoise.Model;
import dev.tortoise.signals.PostDeleteListener;
import dev.tortoise.signals.PostSaveListener;
import dev.tortoise.signals.PreDeleteListener;
import dev.tortoise.signals.PreSaveListener;
import java.lang.invoke.MethodHandle;
import java.util.List;

/**
 * What runs around the writes of one model, prepared at init: the model's annotated methods as
 * method handles of one shape per event, then the {@link ModelListeners} of its class and of its
 * parent models (nearest first). Firing touches no reflection and no map. Immutable; the listener
 * lists it holds are thread-safe.
 */
public final class LifecycleHooks {
    private final List<MethodHandle> preSave;    // (Model, List)void
    private final List<MethodHandle> postSave;   // (Model, boolean, List)void
    private final List<MethodHandle> preDelete;  // (Model)void
    private final List<MethodHandle> postDelete; // (Model)void
    private final List<ModelListeners> chain;
    private final boolean noMethods;

    /**
     * @param chain the listener lists of the model class, then of each parent model up to (not
     *              including) {@code Model}
     */
    public LifecycleHooks(List<MethodHandle> preSave, List<MethodHandle> postSave, List<MethodHandle> preDelete,
                          List<MethodHandle> postDelete, List<ModelListeners> chain) {
        this.preSave = List.copyOf(preSave);
        this.postSave = List.copyOf(postSave);
        this.preDelete = List.copyOf(preDelete);
        this.postDelete = List.copyOf(postDelete);
        this.chain = List.copyOf(chain);
        this.noMethods = preSave.isEmpty() && postSave.isEmpty() && preDelete.isEmpty() && postDelete.isEmpty();
    }

    /** Whether anything at all would run: the fast path of every write. */
    private boolean idle() {
        if (!noMethods) {
            return false;
        }
        for (ModelListeners listeners : chain) {
            if (!listeners.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Before a save: annotated methods, then listeners. */
    public void preSave(Model instance, List<String> updateFields) {
        if (idle()) {
            return;
        }
        for (MethodHandle method : preSave) {
            run(() -> {
                method.invokeExact(instance, updateFields);
            });
        }
        for (ModelListeners listeners : chain) {
            for (ModelListeners.Registration<PreSaveListener<Model>> r : listeners.preSave) {
                r.listener.preSave(instance, updateFields);
            }
        }
    }

    /** After a save: annotated methods, then listeners. */
    public void postSave(Model instance, boolean created, List<String> updateFields) {
        if (idle()) {
            return;
        }
        for (MethodHandle method : postSave) {
            run(() -> {
                method.invokeExact(instance, created, updateFields);
            });
        }
        for (ModelListeners listeners : chain) {
            for (ModelListeners.Registration<PostSaveListener<Model>> r : listeners.postSave) {
                r.listener.postSave(instance, created, updateFields);
            }
        }
    }

    /** Before a delete: annotated methods, then listeners. */
    public void preDelete(Model instance) {
        if (idle()) {
            return;
        }
        for (MethodHandle method : preDelete) {
            run(() -> {
                method.invokeExact(instance);
            });
        }
        for (ModelListeners listeners : chain) {
            for (ModelListeners.Registration<PreDeleteListener<Model>> r : listeners.preDelete) {
                r.listener.preDelete(instance);
            }
        }
    }

    /** After a delete: annotated methods, then listeners. */
    public void postDelete(Model instance) {
        if (idle()) {
            return;
        }
        for (MethodHandle method : postDelete) {
            run(() -> {
                method.invokeExact(instance);
            });
        }
        for (ModelListeners listeners : chain) {
            for (ModelListeners.Registration<PostDeleteListener<Model>> r : listeners.postDelete) {
                r.listener.postDelete(instance);
            }
        }
    }

    @FunctionalInterface
    private interface Call {
        void run() throws Throwable;
    }

    /** Runs an annotated method; what it throws comes out unchanged (init refused methods declaring checked exceptions). */
    private static void run(Call call) {
        try {
            call.run();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("A lifecycle method threw a checked exception it did not declare", e);
        }
    }
}
