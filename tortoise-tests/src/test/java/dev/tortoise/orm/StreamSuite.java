package dev.tortoise.orm;

import dev.tortoise.exceptions.OperationalException;
import dev.tortoise.exceptions.TortoiseException;
import dev.tortoise.spi.jdbc.JdbcClient;
import dev.tortoise.orm.models.Event;
import dev.tortoise.orm.models.Sample;
import dev.tortoise.orm.models.Tournament;
import dev.tortoise.junit.SqlCapture;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code QuerySet.stream()}: lazy, holding a connection until closed or read to the end. */
class StreamSuite extends OrmTestBase {
    static final int ROWS = 3000;

    private void seedSamples() {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            samples.add(Sample.of("s" + i, i));
        }
        Sample.objects.bulkCreate(samples);
    }

    @Test
    void streamYieldsEveryRowInOrderWithSelectRelated() {
        QueryFixture.create();
        try (SqlCapture sql = SqlCapture.start();
             Stream<Event> events = Event.objects.all().selectRelated("tournament").orderBy("name").stream()) {
            List<String> seen = events.map(e -> e.name + "@" + e.tournament.name).toList();
            assertEquals(List.of("Final@World Cup", "Opener@League 50%_off", "Semi_Final@World Cup"), seen);
            assertEquals(1, sql.count(), sql.toString());
        }
        try (Stream<Event> none = Event.objects.filter("name", "nothing").stream()) {
            assertEquals(0, none.count());
        }
    }

    @Test
    void rowsBecomeInstancesOnlyAsTheStreamIsConsumed() {
        seedSamples();
        long before = Sample.MADE.get();
        try (Stream<Sample> samples = Sample.objects.all().orderBy("n").stream()) {
            Iterator<Sample> it = samples.iterator();
            for (int i = 0; i < 10; i++) {
                assertEquals(i, it.next().n);
            }
            assertEquals(10, Sample.MADE.get() - before, "only the rows read so far were mapped");
        }
        try (Stream<Sample> samples = Sample.objects.all().stream()) {
            assertEquals(ROWS, samples.count());
        }
    }

    @Test
    void closingEarlyOrReadingToTheEndGivesTheConnectionBack() throws Exception {
        seedSamples();
        for (int i = 0; i < 12; i++) {
            try (Stream<Sample> samples = Sample.objects.all().orderBy("n").stream()) {
                assertEquals(0, samples.findFirst().orElseThrow().n);
            }
        }
        for (int i = 0; i < 12; i++) {
            // Not closed, but read to the end: the connection goes back after the last row.
            assertEquals(ROWS, Sample.objects.all().stream().toList().size());
        }
        // Another thread gets a connection at once: none is held (on SQLite, its only one is free).
        long counted = CompletableFuture.supplyAsync(() -> Sample.objects.count(),
                r -> Thread.ofVirtual().start(r)).get(10, TimeUnit.SECONDS);
        assertEquals(ROWS, counted);
    }

    @Test
    void insideATransactionTheStreamReadsTheTransactionsRows() {
        tortoise.inTransaction(() -> {
            Sample.objects.bulkCreate(List.of(Sample.of("mine", 1), Sample.of("also mine", 2)));
            try (Stream<Sample> samples = Sample.objects.all().orderBy("n").stream()) {
                Iterator<Sample> it = samples.iterator();
                assertEquals("mine", it.next().label);
                // The same thread keeps working in its transaction while the stream is open.
                Sample.objects.filter("label", "mine").update(Map.of("n", 10));
                assertEquals("also mine", it.next().label);
            }
            assertEquals(10, Sample.objects.get("label", "mine").n);
            return null;
        });
        assertEquals(2, rows("sample"));
        assertThrows(IllegalStateException.class, () -> tortoise.inTransaction(() -> {
            Sample.objects.create(s -> {
                s.label = "gone";
                s.n = 3;
            });
            try (Stream<Sample> samples = Sample.objects.filter("label", "gone").stream()) {
                assertEquals(1, samples.count());
            }
            throw new IllegalStateException("roll back");
        }));
        assertEquals(2, rows("sample"));
    }

    @Test
    void aStreamOpenedInATransactionEndsWithIt() throws Exception {
        seedSamples();
        Iterator<Sample> left = tortoise.inTransaction(() -> {
            Iterator<Sample> it = Sample.objects.all().orderBy("n").stream().iterator();
            assertEquals(0, it.next().n);
            return it; // not closed: the transaction's end closes it
        });
        OperationalException late = assertThrows(OperationalException.class, () -> {
            while (left.hasNext()) {
                left.next();
            }
        });
        assertTrue(late.getMessage().contains("after the transaction ended"), late.getMessage());
        long counted = CompletableFuture.supplyAsync(() -> Sample.objects.count(),
                r -> Thread.ofVirtual().start(r)).get(10, TimeUnit.SECONDS);
        assertEquals(ROWS, counted);
    }

    @Test
    void prefetchRelatedStreamsLoadedHolders() {
        QueryFixture.create();
        try (SqlCapture sql = SqlCapture.start();
             Stream<Tournament> tournaments = Tournament.objects.all().orderBy("name").prefetchRelated("events").stream()) {
            List<Tournament> all = tournaments.toList();
            assertEquals(2, sql.count(), sql.toString());
            assertEquals(2, all.get(1).events.list().size());
            assertSame(all.get(1), all.get(1).events.list().getFirst().tournament);
        }
    }

    /**
     * A query whose row 15000 fails: a client that read every row at once would fail before the
     * first row comes out; a lazy stream hands out the first rows and fails when it gets there.
     */
    @Test
    void theDriverReadsRowsInBatchesNotAllAtOnce() throws Exception {
        String sql = switch (dialect()) {
            case "postgres" -> "SELECT n, 1 / (n - 15000) AS x FROM generate_series(1, 20000) AS g(n)";
            case "mysql" -> "SELECT seq AS n, (SELECT 1 UNION ALL SELECT 2 FROM DUAL WHERE seq = 15000) AS x"
                    + " FROM seq_1_to_20000";
            case "h2" -> "SELECT \"X\" AS n, 1 / (\"X\" - 15000) AS x FROM SYSTEM_RANGE(1, 20000)";
            default -> "WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < 20000)"
                    + " SELECT n, abs(n - 15000 - 9223372036854775807 - 1) AS x FROM g";
        };
        JdbcClient client = (JdbcClient) tortoise.connection("default");
        try (Stream<Map<String, Object>> rows = client.streamQueryDict(sql)) {
            Iterator<Map<String, Object>> it = rows.iterator();
            assertEquals(1L, ((Number) it.next().get("n")).longValue());
            TortoiseException failure = assertThrows(TortoiseException.class, () -> {
                while (it.hasNext()) {
                    it.next();
                }
            });
            assertTrue(failure.getMessage().contains("connection 'default'"), failure.getMessage());
        }
        long counted = CompletableFuture.supplyAsync(() -> Sample.objects.count(),
                r -> Thread.ofVirtual().start(r)).get(10, TimeUnit.SECONDS);
        assertEquals(0, counted, "the failed stream gave its connection back");
    }
}
