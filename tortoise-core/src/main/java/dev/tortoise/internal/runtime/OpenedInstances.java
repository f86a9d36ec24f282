package dev.tortoise.internal.runtime;

import dev.tortoise.Block;
import dev.tortoise.exceptions.TortoiseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Tracks the instances opened by the thread of a {@code Tortoise.runAsync} block, so that the
 * ones left open can be closed when the block ends (upstream {@code run_async} closes all
 * connections). Outside such a block nothing is tracked.
 */
public final class OpenedInstances {
    private static final ThreadLocal<List<AutoCloseable>> OPENED = new ThreadLocal<>();

    private OpenedInstances() {
    }

    /** Records an instance opened by the current thread, when it runs a {@code runAsync} block. */
    public static void record(AutoCloseable instance) {
        List<AutoCloseable> opened = OPENED.get();
        if (opened != null) {
            opened.add(instance);
        }
    }

    /** Forgets a closed instance. */
    public static void forget(AutoCloseable instance) {
        List<AutoCloseable> opened = OPENED.get();
        if (opened != null) {
            opened.remove(instance);
        }
    }

    /**
     * Runs the block on a new virtual thread, waits for it, then closes what it left open.
     *
     * @throws X whatever the block throws, unchanged
     */
    @SuppressWarnings("unchecked")
    public static <T, X extends Exception> T runClosingLeftovers(Block<T, X> block) throws X {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = Thread.ofVirtual().name("tortoise-run-async").start(() -> {
            List<AutoCloseable> opened = new ArrayList<>();
            OPENED.set(opened);
            try {
                result.set(block.run());
            } catch (Throwable t) {
                failure.set(t);
            } finally {
                OPENED.remove();
                closeAll(opened, failure);
            }
        });
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            thread.interrupt();
            throw new TortoiseException("Interrupted while waiting for the runAsync block", e);
        }
        Throwable thrown = failure.get();
        if (thrown == null) {
            return result.get();
        }
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
        throw (X) thrown; // the block declares X; nothing else checked can escape it
    }

    private static void closeAll(List<AutoCloseable> opened, AtomicReference<Throwable> failure) {
        for (AutoCloseable instance : List.copyOf(opened)) {
            try {
                instance.close();
            } catch (Exception e) {
                if (failure.get() == null) {
                    failure.set(e);
                } else {
                    failure.get().addSuppressed(e);
                }
            }
        }
    }
}
