package dev.tortoise.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tortoise.StatementEvent;
import dev.tortoise.StatementListener;
import dev.tortoise.Tortoise;
import dev.tortoise.TortoiseConfig;
import dev.tortoise.exceptions.TortoiseException;
import dev.tortoise.metrics.MicrometerMetrics;
import dev.tortoise.spi.DbClient;
import dev.tortoise.testing.AcrossBackends;
import dev.tortoise.testing.TestBackend;
import dev.tortoise.testing.TestDatabase;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * Statement listeners registered on the configuration see every statement with its SQL, binds
 * count, duration, rows, alias and error; Micrometer gets a statement timer and HikariCP's pool
 * meters. On every backend.
 */
@AcrossBackends
class ObservabilitySuite {

    @Parameter
    TestBackend backend;

    TestDatabase db;

    @BeforeParameterizedClassInvocation
    void create() {
        db = backend.database().open();
    }

    @AfterParameterizedClassInvocation
    void drop() throws Exception {
        db.close();
    }

    /** Records what it is told, in order, as "before"/"after" pairs. */
    static final class Recorder implements StatementListener {
        final List<String> calls = new CopyOnWriteArrayList<>();
        final List<StatementEvent> done = new CopyOnWriteArrayList<>();

        @Override
        public void before(StatementEvent event) {
            assertNull(event.duration());
            calls.add("before " + event.sql());
        }

        @Override
        public void after(StatementEvent event) {
            calls.add("after " + event.sql());
            done.add(event);
        }
    }

    private Tortoise tortoise(StatementListener... listeners) {
        TortoiseConfig.Builder builder = TortoiseConfig.builder().connection("default", db.url())
                .app("models", List.of("dev.tortoise.testmodels.library"));
        for (StatementListener listener : listeners) {
            builder.statementListener(listener);
        }
        return db.closeAfter(Tortoise.init(builder.build()));
    }

    @Test
    void everyStatementIsReportedBeforeAndAfterWithWhatItDid() {
        Recorder recorder = new Recorder();
        StatementListener broken = event -> {
            throw new IllegalStateException("a listener's own bug");
        };
        try (Tortoise t = tortoise(broken, recorder)) {
            DbClient client = t.connection("default");
            client.executeStatements(List.of("CREATE TABLE obs (id INT PRIMARY KEY, name VARCHAR(20))"));
            client.executeUpdate("INSERT INTO obs (id, name) VALUES (?, ?)", 1, "a");
            client.executeMany("INSERT INTO obs (id, name) VALUES (?, ?)", List.of(new Object[] {2, "b"}, new Object[] {3, "c"}));
            assertEquals(3, client.executeQueryDict("SELECT id FROM obs WHERE id > ?", 0).size());
            assertEquals(2, client.executeUpdate("UPDATE obs SET name = ? WHERE id >= ?", "z", 2));
            TortoiseException failure = assertThrows(TortoiseException.class,
                    () -> client.executeQueryDict("SELECT nope FROM obs"));

            List<StatementEvent> events = recorder.done;
            assertEquals(List.of(StatementEvent.Kind.SCRIPT, StatementEvent.Kind.UPDATE, StatementEvent.Kind.BATCH,
                    StatementEvent.Kind.QUERY, StatementEvent.Kind.UPDATE, StatementEvent.Kind.QUERY),
                    events.stream().map(StatementEvent::kind).toList());
            assertEquals(List.of(1L, 1L, 2L, 3L, 2L, -1L), events.stream().map(StatementEvent::rows).toList());
            assertEquals(List.of(0, 2, 2, 1, 2, 0), events.stream().map(StatementEvent::binds).toList());
            assertTrue(events.stream().allMatch(e -> e.connection().equals("default")));
            assertTrue(events.stream().allMatch(e -> !e.duration().isNegative() && e.duration().toNanos() > 0), events.toString());
            assertEquals("SELECT id FROM obs WHERE id > ?", events.get(3).sql());
            assertSame(failure, events.get(5).error(), "the listener sees the exception the caller sees");
            assertTrue(events.subList(0, 5).stream().noneMatch(StatementEvent::failed));
            for (int i = 0; i < recorder.calls.size(); i += 2) {
                assertTrue(recorder.calls.get(i).startsWith("before "), recorder.calls.toString());
                assertEquals(recorder.calls.get(i).substring(7), recorder.calls.get(i + 1).substring(6));
            }
        }
    }

    @Test
    void micrometerTimesStatementsAndMeasuresTheTortoiseMadePools() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (Tortoise t = tortoise(MicrometerMetrics.statements(registry))) {
            List<String> bound = MicrometerMetrics.bindPools(t, registry);
            DbClient client = t.connection("default");
            for (int i = 0; i < 3; i++) {
                client.executeQueryDict("SELECT 1 AS one");
            }
            assertThrows(TortoiseException.class, () -> client.executeQueryDict("SELECT nope FROM nowhere"));
            Timer ok = registry.get(MicrometerMetrics.STATEMENTS).tag("connection", "default").tag("kind", "query")
                    .tag("outcome", "success").timer();
            assertTrue(ok.count() >= 3, "queries timed: " + ok.count());
            assertEquals(1, registry.get(MicrometerMetrics.STATEMENTS).tag("outcome", "error").timer().count());
            if (backend != TestBackend.SQLITE) { // SQLite has one connection, no pool
                assertEquals(List.of("default"), bound);
                assertNotNull(registry.find("hikaricp.connections.max").tag("pool", "tortoise-default").gauge(),
                        registry.getMetersAsString());
                assertTrue(registry.get("hikaricp.connections.max").tag("pool", "tortoise-default").gauge().value() >= 1);
            } else {
                assertEquals(List.of(), bound, "no HikariCP pool here: " + backend);
            }
        }
    }

    @Test
    void explainShowsTheDatabasesPlanWithoutRunningTheQuery() {
        try (Tortoise t = tortoise()) {
            t.generateSchemas();
            String plan = dev.tortoise.Manager.of(dev.tortoise.testmodels.library.Book.class).filter("title", "Dune").explain();
            assertTrue(plan.toLowerCase(java.util.Locale.ROOT).contains("book"), backend + " plan: " + plan);
            assertTrue(plan.lines().count() >= 1, plan);
        }
    }
}
