package dev.tortoise.ecosystem;

import dev.tortoise.Tortoise;
import dev.tortoise.TxOptions;
import dev.tortoise.TxOptions.Conflict;
import dev.tortoise.TxOptions.Isolation;
import dev.tortoise.TxOptions.Propagation;
import dev.tortoise.ecosystem.models.Account;
import dev.tortoise.exceptions.OperationalException;
import dev.tortoise.exceptions.TransactionManagementException;
import dev.tortoise.testing.BackendSuite;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code inTransaction(TxOptions, block)} on every backend: read-only, isolation, propagation, retry. */
class TxOptionsSuite extends BackendSuite {

    private Tortoise t;

    @BeforeParameterizedClassInvocation
    void open() {
        t = database().closeAfter(Tortoise.init(database().url(), Map.of("models", List.of("dev.tortoise.ecosystem.models"))));
        t.generateSchemas();
    }

    @BeforeEach
    void empty() {
        Account.objects.all().delete();
    }

    private String dialect() {
        return t.connection("default").dialect();
    }

    @Test
    void aWriteInAReadOnlyTransactionFailsAndTheConnectionIsWritableAfterwards() {
        assumeTrue(!dialect().equals("h2"), "H2 takes read-only as a hint only (README)");
        Account.open("a", 1);
        OperationalException refused = assertThrows(OperationalException.class,
                () -> t.inTransaction(TxOptions.defaults().readOnly(), () -> Account.open("b", 2)));
        assertTrue(refused.getMessage().toLowerCase().contains("read"), refused.getMessage());
        assertEquals(1, t.inTransaction(TxOptions.defaults().readOnly(), Account.objects::count));
        for (int i = 0; i < 6; i++) { // more than the pool's connections: none stayed read-only
            Account.open("c" + i, i);
        }
        assertEquals(7, Account.objects.count());
    }

    @Test
    void theIsolationLevelHoldsInsideAndIsRestoredAfter() {
        String ask = switch (dialect()) {
            case "postgres" -> "SHOW transaction_isolation";
            case "mysql" -> "SELECT @@tx_isolation AS level";
            case "h2" -> "SELECT isolation_level FROM information_schema.sessions WHERE session_id = SESSION_ID()";
            default -> null;
        };
        assumeTrue(ask != null, "SQLite's transactions are always serializable: nothing to set");
        String inside = t.inTransaction(TxOptions.defaults().isolation(Isolation.SERIALIZABLE),
                () -> level(ask));
        assertEquals("SERIALIZABLE", inside);
        for (int i = 0; i < 6; i++) {
            assertTrue(!level(ask).equals("SERIALIZABLE") , "restored after the transaction");
        }
    }

    private String level(String sql) {
        Object value = t.connection("default").executeQueryDict(sql).getFirst().values().iterator().next();
        return value.toString().toUpperCase().replace(' ', '_').replace('-', '_');
    }

    @Test
    void requiresNewCommitsOnItsOwnWhileTheOuterTransactionRollsBack() {
        if (dialect().equals("sqlite")) {
            TransactionManagementException e = assertThrows(TransactionManagementException.class, () -> t.inTransaction(
                    () -> t.inTransaction(TxOptions.defaults().propagation(Propagation.REQUIRES_NEW), () -> 1)));
            assertTrue(e.getMessage().contains("use NESTED"), e.getMessage());
            return;
        }
        // Fresh names: InnoDB locks the gap around a deleted row of the same name, which the inner
        // transaction would then wait for behind the outer one.
        String run = java.util.UUID.randomUUID().toString();
        assertThrows(IllegalStateException.class, () -> t.inTransaction(() -> {
            Account.open("outer " + run, 1);
            t.inTransaction(TxOptions.defaults().propagation(Propagation.REQUIRES_NEW), () -> Account.open("x inner " + run, 2));
            assertTrue(t.connection("default").isInTransaction(), "the outer transaction is back");
            throw new IllegalStateException("outer fails");
        }));
        assertEquals(List.of("x inner " + run), Account.objects.all().valuesList("name").stream().map(r -> r.getFirst()).toList());
    }

    @Test
    void nestedRollsBackToItsSavepointAndTheOuterCommits() {
        t.inTransaction(() -> {
            Account.open("outer", 1);
            assertThrows(IllegalStateException.class, () -> t.inTransaction(
                    TxOptions.defaults().propagation(Propagation.NESTED), () -> {
                        Account.open("inner", 2);
                        throw new IllegalStateException("inner fails");
                    }));
            return null;
        });
        assertEquals(List.of("outer"), Account.objects.all().valuesList("name").stream().map(r -> r.getFirst()).toList());
    }

    /**
     * Two transactions that each read the table, then insert, collide: PostgreSQL fails one with a
     * serialization failure (40001) under SERIALIZABLE, MariaDB with a deadlock (1213). With
     * retryOn both end committed, and the loser ran twice.
     */
    @Test
    void retryOnRunsTheLoserOfAConflictAgainUntilBothCommit() throws Exception {
        assumeTrue(dialect().equals("postgres") || dialect().equals("mysql"),
                "needs two concurrent transactions that conflict (PostgreSQL, MariaDB)");
        TxOptions options = TxOptions.defaults().isolation(Isolation.SERIALIZABLE)
                .retryOn(Conflict.SERIALIZATION_FAILURE, 3).retryOn(Conflict.DEADLOCK, 3);
        CyclicBarrier bothHaveRead = new CyclicBarrier(2);
        AtomicInteger runs = new AtomicInteger();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Long>> done = List.of("x", "y").stream().map(name -> threads.submit(() -> {
                int[] mine = {0};
                return t.inTransaction(options, () -> {
                    runs.incrementAndGet();
                    long seen = Account.objects.count();
                    if (mine[0]++ == 0) {
                        bothHaveRead.await(20, TimeUnit.SECONDS);
                    }
                    Account.open(name, (int) seen);
                    return seen;
                });
            })).toList();
            for (Future<Long> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        }
        assertEquals(2, Account.objects.count());
        assertEquals(3, runs.get(), "one of the two ran again after the conflict");
        assertEquals(1, Account.objects.filter("balance", 1).count(), "the retried one saw the other's row");
    }

    @Test
    void withoutRetryTheConflictComesOutAsRetryable() throws Exception {
        assumeTrue(dialect().equals("postgres") || dialect().equals("mysql"), "needs conflicting transactions");
        CyclicBarrier bothHaveRead = new CyclicBarrier(2);
        TxOptions serializable = TxOptions.defaults().isolation(Isolation.SERIALIZABLE);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Object>> done = List.of("x", "y").stream().map(name -> threads.submit(() -> {
                try {
                    return t.inTransaction(serializable, () -> {
                        long seen = Account.objects.count();
                        bothHaveRead.await(20, TimeUnit.SECONDS);
                        return Account.open(name, (int) seen);
                    });
                } catch (OperationalException e) {
                    return e;
                }
            })).toList();
            long failures = 0;
            for (Future<Object> f : done) {
                if (f.get(60, TimeUnit.SECONDS) instanceof OperationalException e) {
                    assertTrue(e.isRetryable(), e.toString());
                    failures++;
                }
            }
            assertEquals(1, failures);
        }
    }
}
