package dev.tortoise;

/**
 * Observes every statement Tortoise sends, on the thread that sends it: {@link #before} just
 * before it goes to the database, {@link #after} once it has answered or failed (for a streamed
 * query, once it is open). Registered on the configuration
 * ({@link TortoiseConfig.Builder#statementListener}); metrics (see
 * {@code dev.tortoise.metrics.MicrometerMetrics}), tracing and slow-query logs are built on it.
 *
 * <p>Listeners must be quick: they run inside the caller's statement. An exception a listener
 * throws is logged at WARN and does not reach the caller or the statement.
 */
public interface StatementListener {

    /** Called before the statement runs; {@code event.duration()} is null. Default: nothing. */
    default void before(StatementEvent event) {
    }

    /** Called after the statement ran or failed ({@link StatementEvent#error()}). */
    void after(StatementEvent event);
}
