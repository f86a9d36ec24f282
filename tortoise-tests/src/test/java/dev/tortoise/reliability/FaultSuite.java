package dev.tortoise.reliability;

import dev.tortoise.Tortoise;
import dev.tortoise.TortoiseConfig;
import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.exceptions.DbConnectionException;
import dev.tortoise.exceptions.DeadlockException;
import dev.tortoise.exceptions.OperationalException;
import dev.tortoise.exceptions.TortoiseException;
import dev.tortoise.exceptions.TransactionOutcomeUnknownException;
import dev.tortoise.reliability.models.Account;
import dev.tortoise.reliability.models.Entry;
import dev.tortoise.spi.DbClient;
import dev.tortoise.testing.TestDatabase;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11, defects 5 and 8, on a server backend (the subclasses pick PostgreSQL or MariaDB):
 * connections killed by the server under load, a connection that dies during commit, a close
 * under load, a server that stops answering, a refused port, deadlocks and 2,000 concurrent
 * transfers. Every call either commits or raises a Tortoise exception that tells the truth, and
 * nothing is lost or half written. The figures it measures are printed ({@code [reliability]}
 * lines) and quoted in the README.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FaultSuite {

    static final int POOL = 10;
    static final int WRITERS = 500;
    static final int QUERYING = 200;
    static final int TRANSFERS = 2_000;
    static final int ACCOUNTS = 20;
    static final long START_BALANCE = 1_000;

    private Tortoise tortoise;
    private DbClient admin;

    protected abstract TestDatabase database();

    /** The credential holding the seconds a connection may take (PostgreSQL {@code timeout}, MySQL {@code connect_timeout}). */
    protected abstract String timeoutKey();

    /** Kills, from the admin connection, every other connection to the test database; returns how many. */
    protected abstract int killOtherConnections(DbClient admin);

    /** A statement that sleeps on the server for the given seconds. */
    protected abstract String sleepSql(double seconds);

    @BeforeAll
    void createTables() {
        admin = database().newClient("admin", Map.of("maxsize", 1));
        try (Tortoise schema = open(credentials(Map.of()))) {
            schema.generateSchemas();
        }
    }

    /** A fresh instance per test: a model belongs to one open instance, and some tests need their own. */
    @BeforeEach
    void openAndEmpty() {
        tortoise = open(credentials(Map.of()));
        Entry.objects.all().delete();
        Account.objects.all().delete();
    }

    @AfterEach
    void closeInstance() {
        tortoise.close();
    }

    /** Closes this test's instance and opens one with changed credentials in its place. */
    private Tortoise reopen(Map<String, Object> changes) {
        tortoise.close();
        tortoise = open(credentials(changes));
        return tortoise;
    }

    /** A client of its own on the test database (one connection), for what an administrator does. */
    protected final DbClient admin() {
        return admin;
    }

    /** This test's instance. */
    protected final Tortoise tortoise() {
        return tortoise;
    }

    /** The test database's credentials with a pool of {@link #POOL} and the given changes. */
    private Map<String, Object> credentials(Map<String, Object> changes) {
        Map<String, Object> credentials = new LinkedHashMap<>(database().credentials());
        credentials.put("maxsize", POOL);
        credentials.putAll(changes);
        return credentials;
    }

    private Tortoise open(Map<String, Object> credentials) {
        return Tortoise.init(TortoiseConfig.builder()
                .connection("default", database().provider().engine(), credentials)
                .app("reliability", List.of("dev.tortoise.reliability.models"))
                .build());
    }

    private static void report(String line) {
        System.out.println("[reliability] " + line);
    }

    // ---- kills under load -----------------------------------------------------------------------

    /** One call of a writer and what came of it. */
    private record Call(int writer, int call, long startNanos, Throwable failure) {
    }

    @Test
    void defect5_killedPooledConnectionsUnder500WritersLoseNothing() throws Exception {
        ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        long killAt = start + Duration.ofMillis(1500).toNanos();
        long stopAt = killAt + Duration.ofMillis(1500).toNanos();
        try (ExecutorService writers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.submit(() -> {
                    for (int call = 0; System.nanoTime() < stopAt; call++) {
                        int number = call;
                        long begun = System.nanoTime();
                        try {
                            tortoise.inTransaction(() -> {
                                for (int part = 1; part <= 2; part++) {
                                    int p = part;
                                    Entry.objects.create(e -> {
                                        e.writer = writer;
                                        e.call = number;
                                        e.part = p;
                                        e.payload = "w" + writer + "c" + number;
                                    });
                                }
                                return null;
                            });
                            calls.add(new Call(writer, number, begun, null));
                        } catch (Throwable e) {
                            calls.add(new Call(writer, number, begun, e));
                        }
                    }
                });
            }
            Thread.sleep(Duration.ofNanos(killAt - System.nanoTime()));
            int killed = killOtherConnections(admin);
            report(database().provider().engine() + ": killed " + killed + " pooled connections under " + WRITERS
                    + " writers");
            assertTrue(killed > 0, "no connection was killed");
        }
        Map<String, Integer> parts = new HashMap<>();
        for (Map<String, Object> row : admin.executeQueryDict("SELECT writer, " + quotedCall() + ", COUNT(*) AS n FROM entry"
                + " GROUP BY writer, " + quotedCall())) {
            parts.put(row.get("writer") + "/" + row.get("call"), ((Number) row.get("n")).intValue());
        }
        int committed = 0;
        int raised = 0;
        int unknown = 0;
        int afterKill = 0;
        int afterKillOk = 0;
        Map<String, Integer> failureTypes = new HashMap<>();
        for (Call call : calls) {
            int stored = parts.getOrDefault(call.writer() + "/" + call.call(), 0);
            if (call.failure() == null) {
                committed++;
                assertEquals(2, stored, "a call that returned must have committed both parts: " + call);
            } else {
                assertInstanceOf(TortoiseException.class, call.failure(), "only Tortoise exceptions escape");
                failureTypes.merge(call.failure().getClass().getSimpleName(), 1, Integer::sum);
                assertFalse(String.valueOf(call.failure().getMessage()).startsWith("Cannot connect"),
                        "a connection that was working and was killed is lost, not unreachable: " + call.failure());
                if (call.failure() instanceof TransactionOutcomeUnknownException) {
                    unknown++;
                    assertTrue(stored == 0 || stored == 2, "none half-written: " + call);
                } else {
                    raised++;
                    assertEquals(0, stored, "a call that raised must have left nothing: " + call + " " + call.failure());
                }
            }
            if (call.startNanos() >= killAt && call.startNanos() < killAt + Duration.ofSeconds(1).toNanos()) {
                afterKill++;
                afterKillOk += call.failure() == null ? 1 : 0;
            }
        }
        assertFalse(parts.containsValue(1), "a half-written call: " + parts);
        java.util.Set<String> made = new java.util.HashSet<>();
        calls.forEach(call -> made.add(call.writer() + "/" + call.call()));
        assertTrue(made.containsAll(parts.keySet()), "no rows from calls that were never made");
        double share = afterKill == 0 ? 0 : 100.0 * afterKillOk / afterKill;
        report(database().provider().engine() + ": " + calls.size() + " calls by " + WRITERS + " writers in 3 s: "
                + committed + " committed, " + raised + " raised " + failureTypes + ", " + unknown
                + " outcome unknown, 0 half-written; second after the kill: " + afterKillOk + " of " + afterKill
                + " succeeded (" + String.format("%.1f", share) + " %)");
        assertTrue(afterKill > 0 && share >= 90.0, "at least 90 % of the next second's writes succeed: " + share);
    }

    /** The column {@code call}: a word some databases reserve. */
    private String quotedCall() {
        return database().provider().platform(dev.tortoise.spi.PlatformConfig.defaults()).sql().quote("call");
    }

    @Test
    void defect5_aConnectionThatDiesDuringCommitRaisesOutcomeUnknown() throws Exception {
        Map<String, Object> direct = database().credentials();
        try (TcpProxy proxy = new TcpProxy(String.valueOf(direct.get("host")), ((Number) direct.get("port")).intValue())) {
            Tortoise viaProxy = reopen(Map.of("host", "127.0.0.1", "port", proxy.port()));
            Entry.objects.all().count();  // connects through the proxy
            proxy.mode(TcpProxy.Mode.CUT_AFTER_COMMIT);
            TransactionOutcomeUnknownException e = assertThrows(TransactionOutcomeUnknownException.class,
                    () -> viaProxy.inTransaction(() -> Entry.objects.create(x -> {
                        x.writer = -1;
                        x.call = 1;
                        x.part = 1;
                        x.payload = "committing";
                    })));
            assertTrue(e.getMessage().contains("may or may not have committed"), e.getMessage());
            assertFalse(e.isRetryable());
            assertEquals(1, proxy.cuts());
            proxy.mode(TcpProxy.Mode.FORWARD);
            // the server did commit: exactly why the caller is told the outcome is unknown, not a failure
            long stored = ((Number) admin.executeQueryDict("SELECT COUNT(*) AS n FROM entry WHERE writer = -1").get(0)
                    .get("n")).longValue();
            report(database().provider().engine() + ": connection cut after COMMIT reached the server: "
                    + "TransactionOutcomeUnknownException raised, the row is " + (stored == 1 ? "committed" : "absent"));
            assertTrue(stored <= 1);
        }
    }

    // ---- close under load, timeouts, refused ports ----------------------------------------------

    @Test
    void defect8_closeUnder200QueryingThreadsReturnsQuicklyAndNamesTheAbort() throws Exception {
        Tortoise busy = reopen(Map.of());
        DbClient client = busy.connection("default");
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger queries = new AtomicInteger();
        CountDownLatch running = new CountDownLatch(QUERYING);
        long closeMillis;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < QUERYING; i++) {
                threads.submit(() -> {
                    running.countDown();
                    while (true) {
                        try {
                            client.executeQueryDict(sleepSql(0.05));
                            queries.incrementAndGet();
                        } catch (Throwable e) {
                            failures.add(e);
                            return;
                        }
                    }
                });
            }
            running.await();
            Thread.sleep(1000);
            long start = System.nanoTime();
            busy.close();
            closeMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            threads.shutdown();
            assertTrue(threads.awaitTermination(40, TimeUnit.SECONDS), "every querying thread ends");
        }
        Map<String, Integer> kinds = new HashMap<>();
        for (Throwable failure : failures) {
            assertInstanceOf(TortoiseException.class, failure);
            assertFalse(String.valueOf(failure.getMessage()).startsWith("Cannot connect"), failure.toString());
            kinds.merge(failure.getClass().getSimpleName() + (String.valueOf(failure.getMessage()).contains("aborted")
                    ? " (aborted by close)" : ""), 1, Integer::sum);
        }
        report(database().provider().engine() + ": close() under " + QUERYING + " querying threads took " + closeMillis
                + " ms after " + queries.get() + " queries; the threads ended with " + kinds);
        assertEquals(QUERYING, failures.size());
        assertTrue(closeMillis < 15_000, "close took " + closeMillis + " ms");
        assertTrue(failures.stream().allMatch(f -> f instanceof ConfigurationException
                || f instanceof OperationalException && f.getMessage().contains("was closed")), kinds.toString());
    }

    @Test
    void defect8_timeoutBoundsAServerThatNeverAnswers() throws Exception {
        Map<String, Object> direct = database().credentials();
        try (TcpProxy proxy = new TcpProxy(String.valueOf(direct.get("host")), ((Number) direct.get("port")).intValue())) {
            {
                DbClient client = reopen(Map.of("host", "127.0.0.1", "port", proxy.port(), timeoutKey(), 1))
                        .connection("default");
                client.executeQueryDict("SELECT 1 AS one");  // connected
                proxy.mode(TcpProxy.Mode.SILENT);
                for (int i = 0; i < 3; i++) {
                    long start = System.nanoTime();
                    TortoiseException e = assertThrows(TortoiseException.class,
                            () -> client.executeQueryDict("SELECT 1 AS one"));
                    long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
                    report(database().provider().engine() + ": timeout=1, server silent: call " + (i + 1) + " failed in "
                            + millis + " ms with " + e.getClass().getSimpleName());
                    assertTrue(millis < 3_000, "bounded by timeout=1: " + millis + " ms, " + e);
                    assertInstanceOf(DbConnectionException.class, e);
                }
            }
        }
    }

    @Test
    void defect8_aRefusedPortFailsFastAndPortZeroIsRefused() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        {
            DbClient client = reopen(Map.of("host", "127.0.0.1", "port", closedPort)).connection("default");
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                long start = System.nanoTime();
                DbConnectionException e = assertThrows(DbConnectionException.class, client::ping);
                times.add(Duration.ofNanos(System.nanoTime() - start).toMillis());
                assertTrue(e.getMessage().startsWith("Cannot connect to"), e.getMessage());
            }
            report(database().provider().engine() + ": a refused port fails each call in " + times + " ms");
            assertTrue(times.subList(1, times.size()).stream().allMatch(ms -> ms < 500), times.toString());
        }
        tortoise.close();
        ConfigurationException zero = assertThrows(ConfigurationException.class, () -> open(credentials(Map.of("port", 0))));
        assertTrue(zero.getMessage().contains("must be a TCP port from 1 to 65535, got 0"), zero.getMessage());
    }

    // ---- row locks, deadlocks, transfers ---------------------------------------------------------

    @Test
    void defect8_aDeadlockIsARetryableDeadlockException() throws Exception {
        for (int id = 1; id <= 2; id++) {
            int pk = id;
            Account.objects.create(a -> {
                a.id = pk;
                a.balance = START_BALANCE;
            });
        }
        CountDownLatch bothLocked = new CountDownLatch(2);
        try (ExecutorService two = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> results = new ArrayList<>();
            for (int first = 1; first <= 2; first++) {
                int mine = first;
                int theirs = 3 - first;
                results.add(two.submit(() -> tortoise.inTransaction(() -> {
                    Account.objects.filter("id", mine).selectForUpdate().list();
                    bothLocked.countDown();
                    bothLocked.await();
                    return Account.objects.filter("id", theirs).selectForUpdate().list();
                })));
            }
            int deadlocks = 0;
            for (Future<?> result : results) {
                try {
                    result.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    DeadlockException deadlock = assertInstanceOf(DeadlockException.class, e.getCause());
                    assertTrue(deadlock.isRetryable());
                    assertTrue(deadlock.getMessage().startsWith("Deadlock: "), deadlock.getMessage());
                    deadlocks++;
                }
            }
            assertEquals(1, deadlocks, "one of the two is chosen as the victim");
        }
        // the same collision with the retry option: the victim runs again and both commit
        CountDownLatch lockedAgain = new CountDownLatch(2);
        AtomicInteger runs = new AtomicInteger();
        try (ExecutorService two = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> results = new ArrayList<>();
            for (int first = 1; first <= 2; first++) {
                int mine = first;
                int theirs = 3 - first;
                results.add(two.submit(() -> tortoise.inTransaction("default", 3, () -> {
                    runs.incrementAndGet();
                    Account.objects.filter("id", mine).selectForUpdate().list();
                    lockedAgain.countDown();
                    lockedAgain.await(5, TimeUnit.SECONDS);
                    return Account.objects.filter("id", theirs).selectForUpdate().list();
                })));
            }
            for (Future<?> result : results) {
                result.get();
            }
        }
        // 3: the victim ran once more. Under load the victim's retry can take its first row back
        // before the winner does and collide again (4, 5): each collision is retried, both still commit.
        assertTrue(runs.get() >= 3, "the deadlock victim ran again: " + runs.get() + " runs");
        assertTrue(assertThrows(dev.tortoise.exceptions.ParamsException.class,
                () -> tortoise.inTransaction("default", 0, () -> null)).getMessage().contains("at least 1 attempt"));
    }

    @Test
    void transfersBy2000ThreadsWithRowLocksConserveTheTotal() throws Exception {
        for (int id = 1; id <= ACCOUNTS; id++) {
            int pk = id;
            Account.objects.create(a -> {
                a.id = pk;
                a.balance = START_BALANCE;
            });
        }
        AtomicInteger attempts = new AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> results = new ArrayList<>();
            for (int i = 0; i < TRANSFERS; i++) {
                results.add(threads.submit(() -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    int from = 1 + random.nextInt(ACCOUNTS);
                    int to = 1 + (from + random.nextInt(ACCOUNTS - 1)) % ACCOUNTS;
                    long amount = 1 + random.nextInt(50);
                    // both rows locked, always in key order: transfers cannot deadlock one another
                    return tortoise.inTransaction("default", 5, () -> {
                        attempts.incrementAndGet();
                        Map<Object, Account> locked = new HashMap<>();
                        for (Account a : Account.objects.filter("id__in", List.of(from, to)).orderBy("id")
                                .selectForUpdate().list()) {
                            locked.put(a.id, a);
                        }
                        locked.get(from).balance -= amount;
                        locked.get(to).balance += amount;
                        locked.get(from).save("balance");
                        locked.get(to).save("balance");
                        return null;
                    });
                }));
            }
            for (Future<?> result : results) {
                result.get();
            }
        }
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        long total = Account.objects.all().list().stream().mapToLong(a -> a.balance).sum();
        report(database().provider().engine() + ": " + TRANSFERS + " transfers by " + TRANSFERS + " threads over a pool of "
                + POOL + " in " + millis + " ms, " + (attempts.get() - TRANSFERS) + " retried; total " + total + " of "
                + ACCOUNTS * START_BALANCE);
        assertEquals(ACCOUNTS * START_BALANCE, total);
    }

}
