package dev.tortoise.signals;

/**
 * A registered listener; {@link #close()} removes it. Closing twice does nothing, so a
 * subscription fits try-with-resources and a component's shutdown alike:
 *
 * <pre>{@code
 * try (Subscription s = Signals.postSave(Event.class, (e, created, fields) -> audit.add(e))) {
 *     ...
 * }
 * }</pre>
 */
public interface Subscription extends AutoCloseable {

    /** Removes the listener: calls that start afterwards no longer run it. Idempotent. */
    @Override
    void close();

    /** Whether the listener is still registered. */
    boolean isActive();
}
