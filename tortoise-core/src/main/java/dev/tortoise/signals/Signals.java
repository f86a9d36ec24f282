package dev.tortoise.signals;

import dev.tortoise.Model;
import dev.tortoise.internal.lifecycle.ListenerRegistry;

/**
 * Listeners on the life of a model's rows (upstream {@code tortoise.signals}): before and after
 * {@code save()}, before and after {@code delete()}.
 *
 * <pre>{@code
 * Subscription audit = Signals.postSave(Event.class, (event, created, updateFields) ->
 *         log.info("{} {}", created ? "created" : "updated", event));
 * ...
 * audit.close();   // removes the listener
 * }</pre>
 *
 * <ul>
 *   <li>A listener registered for a class runs for instances of that class and of its subclasses
 *       (register on an abstract parent model to cover every model that extends it). Registering
 *       works before {@code Tortoise.init} and lasts until the subscription is closed.</li>
 *   <li>Order: the model's annotated methods ({@link PreSave}, {@link PostSave}, {@link PreDelete},
 *       {@link PostDelete}) first, then the listeners of the model's own class, then those of its
 *       parent models (nearest first), each in registration order.</li>
 *   <li>Listeners run in the caller's thread and transaction. An exception propagates unchanged
 *       and stops the listeners after it: from a pre-listener, the save or delete does not happen;
 *       from a post-listener, it comes after the row was written (inside
 *       {@code Tortoise.inTransaction} the block rolls back as usual).</li>
 *   <li>{@code Manager.create}, {@code getOrCreate} and {@code updateOrCreate} save through
 *       {@code save()} and fire the save signals. The bulk calls ({@code bulkCreate},
 *       {@code bulkUpdate}, {@code QuerySet.update}, {@code QuerySet.delete}) fire none, as
 *       upstream: they write many rows in one statement without instances.</li>
 * </ul>
 *
 * Thread-safe: registering and closing may happen while other threads save.
 */
public final class Signals {
    private Signals() {
    }

    /** Runs {@code listener} before each save of an instance of {@code model} (or a subclass). */
    public static <T extends Model> Subscription preSave(Class<T> model, PreSaveListener<? super T> listener) {
        return ListenerRegistry.preSave(model, listener);
    }

    /** Runs {@code listener} after each save of an instance of {@code model} (or a subclass). */
    public static <T extends Model> Subscription postSave(Class<T> model, PostSaveListener<? super T> listener) {
        return ListenerRegistry.postSave(model, listener);
    }

    /** Runs {@code listener} before each {@code delete()} of an instance of {@code model} (or a subclass). */
    public static <T extends Model> Subscription preDelete(Class<T> model, PreDeleteListener<? super T> listener) {
        return ListenerRegistry.preDelete(model, listener);
    }

    /** Runs {@code listener} after each {@code delete()} of an instance of {@code model} (or a subclass). */
    public static <T extends Model> Subscription postDelete(Class<T> model, PostDeleteListener<? super T> listener) {
        return ListenerRegistry.postDelete(model, listener);
    }
}
