package dev.tortoise.testing;

import dev.tortoise.spi.DbClient;
import dev.tortoise.exceptions.IntegrityException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every client's transactions must do, against a real database: commit, rollback with the
 * block's own exception, savepoints for nested blocks, a transaction owned by its thread only,
 * and thousands of virtual threads sharing a small pool without deadlock, lost writes or pinning.
 */
public abstract class TransactionContract extends ClientContractBase {

    /** A checked exception of the test's own, to prove it comes out of the block unchanged. */
    static final class BlockFailed extends Exception {
        private static final long serialVersionUID = 1L;

        BlockFailed(String message) {
            super(message);
        }
    }

    private DbClient tx() {
        return client();
    }

    private List<Object> names(String table) {
        return client().executeQueryDict("SELECT name FROM " + table + " ORDER BY name").stream()
                .map(row -> row.get("name")).toList();
    }

    private void insert(String table, String name) {
        client().executeUpdate("INSERT INTO " + table + " (name) VALUES (?)", name);
    }

    @Test
    void aBlockThatReturnsCommitsAndGivesItsValue() {
        String t = newTable();
        String value = tx().inTransaction(() -> {
            insert(t, "a");
            assertEquals(1, count(client(), t), "the thread sees its own uncommitted row");
            return "done";
        });
        assertEquals("done", value);
        assertEquals(List.of("a"), names(t));
        assertEquals(1, count(database().newClient("other", smallPool()), t), "committed for everyone");
    }

    @Test
    void aBlockThatThrowsRollsBackAndItsExceptionComesOutUnchanged() {
        String t = newTable();
        BlockFailed thrown = new BlockFailed("boom");
        BlockFailed caught = assertThrows(BlockFailed.class, () -> tx().inTransaction(() -> {
            insert(t, "a");
            throw thrown;
        }));
        assertSame(thrown, caught);
        assertEquals(0, thrown.getSuppressed().length);
        assertEquals(List.of(), names(t));

        IllegalStateException unchecked = new IllegalStateException("unchecked");
        assertSame(unchecked, assertThrows(IllegalStateException.class, () -> tx().inTransaction(() -> {
            insert(t, "b");
            throw unchecked;
        })));
        assertEquals(List.of(), names(t));
    }

    @Test
    void aFailingNestedBlockRollsBackToItsSavepointAndTheOuterBlockGoesOn() throws Exception {
        String t = newTable();
        tx().inTransaction(() -> {
            insert(t, "outer");
            assertThrows(BlockFailed.class, () -> tx().inTransaction(() -> {
                insert(t, "inner");
                throw new BlockFailed("inner");
            }));
            insert(t, "after");
            return null;
        });
        assertEquals(List.of("after", "outer"), names(t));
    }

    @Test
    void aConstraintViolationInANestedBlockLeavesTheTransactionUsable() {
        String t = newTable();
        tx().inTransaction(() -> {
            insert(t, "a");
            assertThrows(IntegrityException.class, () -> tx().inTransaction(() -> {
                insert(t, "a");
                return null;
            }));
            insert(t, "b");
            return null;
        });
        assertEquals(List.of("a", "b"), names(t));
    }

    @Test
    void aNestedBlockThatSucceededIsUndoneWhenTheOuterBlockFails() {
        String t = newTable();
        assertThrows(BlockFailed.class, () -> tx().inTransaction(() -> {
            insert(t, "outer");
            tx().inTransaction(() -> {
                insert(t, "inner");
                return null;
            });
            throw new BlockFailed("outer");
        }));
        assertEquals(List.of(), names(t));
    }

    @Test
    void threeLevelsNest() {
        String t = newTable();
        tx().inTransaction(() -> {
            insert(t, "1");
            tx().inTransaction(() -> {
                insert(t, "2");
                assertThrows(BlockFailed.class, () -> tx().inTransaction(() -> {
                    insert(t, "3");
                    throw new BlockFailed("level 3");
                }));
                insert(t, "4");
                return null;
            });
            return null;
        });
        assertEquals(List.of("1", "2", "4"), names(t));
    }

    @Test
    void theTransactionBelongsToItsThreadAndIsNotInherited() throws Exception {
        assertFalse(tx().isInTransaction());
        AtomicBoolean childSaw = new AtomicBoolean(true);
        tx().inTransaction(() -> {
            assertTrue(tx().isInTransaction());
            Thread child = Thread.ofVirtual().start(() -> childSaw.set(tx().isInTransaction()));
            child.join();
            return null;
        });
        assertFalse(childSaw.get(), "a thread started inside the block is not in the transaction");
        assertFalse(tx().isInTransaction());
    }

    @Test
    void twoThousandVirtualThreadsShareASmallPoolWithoutDeadlockLostWritesOrPinning() throws Exception {
        String t = newTable();
        DbClient pool = database().newClient("virtual", smallPool());
        int tasks = 2000;
        int warmUp = 40;
        // A class initialised for the first time by several threads at once makes the others wait
        // pinned (a JDK rule, once per JVM); a short burst first keeps that out of what is measured:
        // the steady state of pool, semaphore, locks and driver.
        runConcurrently(pool, t, 0, warmUp);
        try (PinningRecorder pins = PinningRecorder.start()) {
            runConcurrently(pool, t, warmUp, tasks);
            assertEquals(List.of(), pins.stop(), "no virtual thread pinned its carrier");
        }
        assertEquals(tasks, count(pool, t), "every write arrived exactly once");
    }

    /** Tasks {@code from..to-1}: every tenth in a transaction with a savepoint rolled back, the rest plain inserts. */
    private static void runConcurrently(DbClient pool, String t, int from, int to) throws Exception {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = from; i < to; i++) {
                int n = i;
                futures.add(executor.submit(() -> {
                    if (n % 10 == 0) {
                        pool.inTransaction(() -> {
                            pool.executeUpdate("INSERT INTO " + t + " (name, n) VALUES (?, ?)", "v" + n, n);
                            assertThrows(BlockFailed.class, () -> pool.inTransaction(() -> {
                                pool.executeUpdate("INSERT INTO " + t + " (name, n) VALUES (?, ?)", "x" + n, n);
                                throw new BlockFailed("undone");
                            }));
                            return null;
                        });
                    } else {
                        pool.executeInsert("INSERT INTO " + t + " (name, n) VALUES (?, ?)", "v" + n, n);
                    }
                    return null;
                }));
            }
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            for (Future<?> future : futures) {
                future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        }
    }
}
