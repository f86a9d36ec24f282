package dev.tortoise.orm;

import dev.tortoise.Model;
import dev.tortoise.Router;
import dev.tortoise.StatementEvent;
import dev.tortoise.StatementListener;
import dev.tortoise.Tortoise;
import dev.tortoise.TortoiseConfig;
import dev.tortoise.exceptions.DbConnectionException;
import dev.tortoise.exceptions.TortoiseException;
import dev.tortoise.orm.replica.Note;
import dev.tortoise.spi.DbClient;
import dev.tortoise.testing.RequiresPostgresReplica;
import dev.tortoise.testing.TestDatabase;
import dev.tortoise.testing.TestServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Routing on a real PostgreSQL streaming replica: {@code .ci/start-replica} keeps a hot standby of
 * the test server on 127.0.0.1:5433. The test's database is made on the primary and appears on the
 * replica by replication; a {@link Router} sends reads to the replica and writes to the primary.
 * Skipped without the replica (failed under {@code CI=true}).
 */
@RequiresPostgresReplica
class ReplicaTest {
    @RegisterExtension
    static final TestDatabase DB = TestDatabase.postgres();

    /** How long a committed write may take to show on the replica before the test fails. */
    private static final Duration MAX_LAG = Duration.ofSeconds(15);

    /** Every statement, with the connection it ran on. */
    private static final List<StatementEvent> STATEMENTS = new CopyOnWriteArrayList<>();

    private static Tortoise tortoise;

    /** Reads on the replica, writes on the primary; reads fall back to the primary when the replica is down. */
    public static final class ReplicaRouter implements Router {
        @Override
        public String dbForRead(Class<? extends Model> model) {
            return "replica";
        }

        @Override
        public String dbForWrite(Class<? extends Model> model) {
            return "primary";
        }

        @Override
        public String dbForReadFallback(Class<? extends Model> model, String failedConnection,
                                        DbConnectionException failure) {
            return "primary";
        }
    }

    @BeforeAll
    static void connect() throws Exception {
        String database = DB.databaseName();
        // CREATE DATABASE on the primary reaches the replica by replication: wait for it.
        try (DbClient probe = DB.provider().createClient("probe", TestServer.POSTGRES_REPLICA.credentials(database))) {
            waitFor("the test database to reach the replica", () -> {
                try {
                    probe.ping();
                    return true;
                } catch (TortoiseException notYet) {
                    return false;
                }
            });
        }
        StatementListener recorder = STATEMENTS::add;
        tortoise = DB.closeAfter(Tortoise.init(TortoiseConfig.builder()
                .connection("primary", DB.url())
                // timeout: how long a read waits for a replica that does not answer before it fails over
                // (without it, for a pool already started, up to the pool's 30 s borrow timeout)
                .connection("replica", TestServer.POSTGRES_REPLICA.url(database) + "?timeout=1")
                .app("notes", List.of("dev.tortoise.orm.replica"), "primary")
                .routers(new ReplicaRouter())
                .statementListener(recorder)
                .build()));
        tortoise.generateSchemas(); // on the primary, the models' connection; the replica gets the table by replication
        waitFor("the table to reach the replica", () -> !tortoise.connection("replica")
                .executeQueryDict("SELECT 1 FROM pg_class WHERE relname = 'note'").isEmpty());
    }

    @BeforeEach
    void clear() {
        Note.objects.all().delete();
        STATEMENTS.clear();
    }

    @Test
    void theReplicaIsAReadOnlyStandbyOfThePrimary() {
        assertEquals(true, single(tortoise.connection("replica"), "SELECT pg_is_in_recovery() AS r"));
        assertEquals(false, single(tortoise.connection("primary"), "SELECT pg_is_in_recovery() AS r"));
        TortoiseException refused = assertThrows(TortoiseException.class,
                () -> Note.objects.all().usingDb("replica").update(Map.of("text", "x")));
        assertTrue(refused.getMessage().contains("read-only"), refused.getMessage());
    }

    /**
     * Replication is asynchronous: a write committed on the primary shows on the replica a little
     * later. Reads routed to the replica are polled until it does, within {@link #MAX_LAG}.
     */
    @Test
    void aWriteOnThePrimaryShowsOnTheReplicaAfterTheLag() throws Exception {
        Note.written("lagging");
        long start = System.nanoTime();
        int reads = 0;
        boolean seen = false;
        while (!seen && System.nanoTime() - start < MAX_LAG.toNanos()) {
            reads++;
            seen = Note.objects.filter("text", "lagging").exists();
            if (!seen) {
                Thread.sleep(5);
            }
        }
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(seen, "the write did not reach the replica within " + MAX_LAG);
        assertEquals(List.of("primary"), connections(StatementEvent.Kind.INSERT), "the write went to the primary");
        List<String> readsOn = connections(StatementEvent.Kind.QUERY);
        assertEquals(reads, readsOn.size());
        assertTrue(readsOn.stream().allMatch("replica"::equals), "every read went to the replica: " + readsOn);
        assertEquals("lagging", Note.objects.all().get().text);
        System.out.println("[replica] a write committed on the primary showed on the replica after " + tookMs
                + " ms (" + reads + " read" + (reads == 1 ? "" : "s") + ")");
    }

    /** Inside a transaction on the primary, reads go into the transaction: it sees its own writes. */
    @Test
    void aTransactionReadsItsOwnWritesOnThePrimary() throws Exception {
        long inside = tortoise.inTransaction("primary", () -> {
            Note.written("mine");
            assertTrue(Note.objects.filter("text", "mine").exists(), "read-your-writes inside the transaction");
            return Note.objects.count();
        });
        assertEquals(1, inside);
        assertTrue(connections(StatementEvent.Kind.QUERY).stream().allMatch("primary"::equals),
                "reads inside the transaction stayed on the primary: " + connections(StatementEvent.Kind.QUERY));
        // A rolled-back write never shows anywhere, and the replica never saw the uncommitted row.
        assertThrows(IllegalStateException.class, () -> tortoise.inTransaction("primary", () -> {
            Note.written("rolled back");
            assertEquals(2, Note.objects.count());
            throw new IllegalStateException("roll back");
        }));
        STATEMENTS.clear();
        waitFor("the committed note to reach the replica", () -> Note.objects.count() == 1);
        assertFalse(Note.objects.filter("text", "rolled back").exists());
        assertEquals(List.of("mine"), Note.objects.all().list().stream().map(n -> n.text).toList());
        assertTrue(connections(StatementEvent.Kind.QUERY).stream().allMatch("replica"::equals),
                "after the transaction, reads are back on the replica");
    }

    /**
     * The replica is stopped: the router's {@code dbForReadFallback} sends reads to the primary, a
     * read forced onto the replica with {@code usingDb} fails, writes go on. Started again, reads
     * return to the replica.
     */
    @Test
    void readsFailOverToThePrimaryWhileTheReplicaIsDown() throws Exception {
        Note.written("before");
        waitFor("the note to reach the replica", () -> Note.objects.filter("text", "before").exists());
        script("stop");
        try {
            STATEMENTS.clear();
            long start = System.nanoTime();
            assertEquals(List.of("before"), Note.objects.all().list().stream().map(n -> n.text).toList());
            long failoverMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            List<StatementEvent> reads = STATEMENTS.stream().filter(e -> e.kind() == StatementEvent.Kind.QUERY).toList();
            assertTrue(reads.stream().anyMatch(e -> e.connection().equals("replica") && e.failed()),
                    "the read was tried on the replica first: " + reads);
            assertEquals("primary", reads.getLast().connection());
            assertFalse(reads.getLast().failed());
            Note.written("while down");
            start = System.nanoTime();
            assertEquals(2, Note.objects.count(), "the primary answers reads, and sees its own writes");
            long laterMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            try (var notes = Note.objects.all().stream()) {
                assertEquals(2, notes.count(), "streams fail over too");
            }
            assertThrows(DbConnectionException.class, () -> Note.objects.all().usingDb("replica").count(),
                    "usingDb bypasses the routers, and so their fallback");
            System.out.println("[replica] with the replica stopped, the first read failed over to the primary in "
                    + failoverMs + " ms, a later one in " + laterMs + " ms (a refused connection is retried for the"
                    + " replica's timeout=1)");
        } finally {
            long start = System.nanoTime();
            script("start");
            System.out.println("[replica] .ci/start-replica had it streaming again in "
                    + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms");
        }
        STATEMENTS.clear();
        waitFor("reads to return to the caught-up replica", () -> Note.objects.count() == 2
                && STATEMENTS.getLast().connection().equals("replica") && !STATEMENTS.getLast().failed());
    }

    /** The connections the statements of one kind ran on, in order. */
    private static List<String> connections(StatementEvent.Kind kind) {
        return STATEMENTS.stream().filter(e -> e.kind() == kind && !e.failed()).map(StatementEvent::connection).toList();
    }

    private static Object single(DbClient client, String sql) {
        return client.executeQueryDict(sql).getFirst().values().iterator().next();
    }

    private static void waitFor(String what, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + MAX_LAG.toNanos();
        while (System.nanoTime() < deadline) {
            if (done.getAsBoolean()) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("Waited " + MAX_LAG.toSeconds() + " s for " + what);
    }

    /** Runs {@code .ci/start-replica <command>} of this work tree and fails when it does. */
    private static void script(String command) throws IOException, InterruptedException {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isExecutable(dir.resolve(".ci/start-replica"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new AssertionError("No .ci/start-replica above " + Path.of("").toAbsolutePath());
        }
        Process process = new ProcessBuilder(dir.resolve(".ci/start-replica").toString(), command)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError(".ci/start-replica " + command + " failed:\n" + output);
        }
    }
}
