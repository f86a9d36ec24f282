package dev.tortoise.junit;

import dev.tortoise.spi.jdbc.SqlListeners;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Records the SQL statements that the current thread sends to any Tortoise connection while the
 * capture is open, so tests can assert how many queries a block runs (an N+1 regression then
 * fails) and what they were:
 *
 * <pre>{@code
 * try (SqlCapture sql = SqlCapture.start()) {
 *     Event.objects.all().selectRelated("tournament").list();
 *     assertEquals(1, sql.count(), sql.toString());
 * }
 * }</pre>
 *
 * Statements of other threads are ignored, so parallel work does not disturb the count.
 * Transaction control (BEGIN, COMMIT, savepoints) is not a statement here. Under
 * {@link TortoiseTest} a {@code SqlCapture} parameter is injected already started, and closed after
 * the method.
 */
public final class SqlCapture implements AutoCloseable {
    private final Thread owner = Thread.currentThread();
    private final ReentrantLock lock = new ReentrantLock();
    private final List<String> statements = new ArrayList<>();
    private final AutoCloseable registration;

    private SqlCapture() {
        registration = SqlListeners.add((alias, sql, params) -> {
            if (Thread.currentThread() == owner) {
                lock.lock();
                try {
                    statements.add(sql);
                } finally {
                    lock.unlock();
                }
            }
        });
    }

    /** Starts recording the calling thread's statements. */
    public static SqlCapture start() {
        return new SqlCapture();
    }

    /** The statements recorded so far, in order. */
    public List<String> statements() {
        lock.lock();
        try {
            return List.copyOf(statements);
        } finally {
            lock.unlock();
        }
    }

    /** How many statements were recorded so far. */
    public int count() {
        return statements().size();
    }

    /** Forgets what was recorded so far and keeps recording. */
    public void reset() {
        lock.lock();
        try {
            statements.clear();
        } finally {
            lock.unlock();
        }
    }

    /** Stops recording. */
    @Override
    public void close() {
        try {
            registration.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "SqlCapture" + statements();
    }
}
