package dev.tortoise.spi.jdbc;

import dev.tortoise.StatementEvent;
import dev.tortoise.StatementListener;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link StatementListener}s of one client, and the timing of each statement around them.
 * With none the cost is one volatile read per statement; a listener that throws is logged and
 * skipped, never seen by the caller.
 */
final class StatementObservers {

    private static final Logger LOG = LoggerFactory.getLogger(StatementObservers.class);
    private static final StatementListener[] NONE = new StatementListener[0];

    private final AtomicReference<StatementListener[]> listeners = new AtomicReference<>(NONE);

    void add(StatementListener listener) {
        listeners.updateAndGet(current -> {
            StatementListener[] more = Arrays.copyOf(current, current.length + 1);
            more[current.length] = listener;
            return more;
        });
    }

    /** Whether no listener is registered. */
    boolean none() {
        return listeners.get().length == 0;
    }

    /** Runs {@code work} as one statement, reported before and after with its rows counted by {@code rows}. */
    <T> T run(String alias, StatementEvent.Kind kind, String sql, int binds, Supplier<T> work, ToLongFunction<T> rows) {
        StatementListener[] current = listeners.get();
        if (current.length == 0) {
            return work.get();
        }
        StatementEvent event = new StatementEvent(alias, kind, sql, binds, null, -1, null);
        for (StatementListener listener : current) {
            try {
                listener.before(event);
            } catch (RuntimeException e) {
                LOG.warn("Statement listener {} failed in before(): {}", listener, e.toString());
            }
        }
        long start = System.nanoTime();
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            finish(current, event.finished(Duration.ofNanos(System.nanoTime() - start), -1, e));
            throw e;
        }
        finish(current, event.finished(Duration.ofNanos(System.nanoTime() - start), rows.applyAsLong(result), null));
        return result;
    }

    private static void finish(StatementListener[] current, StatementEvent done) {
        for (StatementListener listener : current) {
            try {
                listener.after(done);
            } catch (RuntimeException e) {
                LOG.warn("Statement listener {} failed in after(): {}", listener, e.toString());
            }
        }
    }
}
