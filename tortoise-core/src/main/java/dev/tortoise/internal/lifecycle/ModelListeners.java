package dev.tortoise.internal.lifecycle;

import dev.tortoise.Model;
import dev.tortoise.signals.PostDeleteListener;
import dev.tortoise.signals.PostSaveListener;
import dev.tortoise.signals.PreDeleteListener;
import dev.tortoise.signals.PreSaveListener;
import dev.tortoise.signals.Subscription;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The listeners registered with {@code Signals} for one model class, in registration order.
 * Copy-on-write lists: a save reads them without locking while another thread registers or
 * removes one. Made once per class ({@link ListenerRegistry}), before or after init alike.
 */
public final class ModelListeners {
    final List<Registration<PreSaveListener<Model>>> preSave = new CopyOnWriteArrayList<>();
    final List<Registration<PostSaveListener<Model>>> postSave = new CopyOnWriteArrayList<>();
    final List<Registration<PreDeleteListener<Model>>> preDelete = new CopyOnWriteArrayList<>();
    final List<Registration<PostDeleteListener<Model>>> postDelete = new CopyOnWriteArrayList<>();

    ModelListeners() {
    }

    /** Adds a listener at the end of a list; the subscription removes exactly this registration. */
    static <L> Subscription add(List<Registration<L>> list, L listener) {
        Registration<L> registration = new Registration<>(list, listener);
        list.add(registration);
        return registration;
    }

    /** Whether no listener at all is registered: the common case, checked first on every save. */
    boolean isEmpty() {
        return preSave.isEmpty() && postSave.isEmpty() && preDelete.isEmpty() && postDelete.isEmpty();
    }

    /** One registration; equal only to itself, so the same listener registered twice is removed once per close. */
    static final class Registration<L> implements Subscription {
        private final List<Registration<L>> list;
        private final AtomicBoolean active = new AtomicBoolean(true);
        final L listener;

        Registration(List<Registration<L>> list, L listener) {
            this.list = list;
            this.listener = listener;
        }

        @Override
        public void close() {
            if (active.compareAndSet(true, false)) {
                list.remove(this);
            }
        }

        @Override
        public boolean isActive() {
            return active.get();
        }

        @Override
        public String toString() {
            return "Subscription[" + listener + (active.get() ? "" : ", closed") + "]";
        }
    }
}
