package dev.tortoise.spi.jdbc;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Observers of every statement a client sends, called on the thread that runs it, before it runs.
 * Tests use them to count and inspect queries (N+1 regressions fail); with none registered the cost
 * is one volatile read per statement. Listeners must be quick and must not throw.
 */
public final class SqlListeners {

    /** Sees one statement: the connection alias, the SQL, and its bound values (a batch: its first row). */
    @FunctionalInterface
    public interface Listener {
        void statement(String alias, String sql, Object[] params);
    }

    private static final List<Listener> LISTENERS = new CopyOnWriteArrayList<>();
    private static volatile boolean active;

    private SqlListeners() {
    }

    /** Registers a listener; closing the returned handle removes it. */
    public static AutoCloseable add(Listener listener) {
        LISTENERS.add(listener);
        active = true;
        return () -> {
            LISTENERS.remove(listener);
            active = !LISTENERS.isEmpty();
        };
    }

    static void fire(String alias, String sql, Object[] params) {
        if (!active) {
            return;
        }
        for (Listener listener : LISTENERS) {
            listener.statement(alias, sql, params == null ? new Object[0] : params);
        }
    }
}
