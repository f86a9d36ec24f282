package dev.tortoise.orm;

import dev.tortoise.F;
import dev.tortoise.GetOrCreate;
import dev.tortoise.Q;
import dev.tortoise.exceptions.FieldException;
import dev.tortoise.exceptions.OperationalException;
import dev.tortoise.exceptions.ValidationException;
import dev.tortoise.functions.Count;
import dev.tortoise.functions.Sum;
import dev.tortoise.spi.jdbc.SqlListeners;
import dev.tortoise.orm.models.Event;
import dev.tortoise.orm.models.Sample;
import dev.tortoise.orm.models.Team;
import dev.tortoise.orm.models.Tournament;
import dev.tortoise.junit.SqlCapture;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.tortoise.orm.QueryFixture.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rest of API.md's Manager, QuerySet and relation methods, each checked against rows: the
 * {@code Q} overloads, {@code F} in filters, {@code exclude} with {@code Q}, {@code valuesList}
 * over relations and annotations, {@code only}, row locks across threads, getOrCreate under
 * contention, and validation that fails before any SQL.
 */
class ApiSuite extends OrmTestBase {
    QueryFixture f;

    @BeforeEach
    void seed() {
        f = QueryFixture.create();
    }

    @Test
    void managerAndHolderMethodsTakeQ() {
        assertEquals("Final", Event.objects.get(Q.of("rank", 1).and(Q.of("tournament", f.cup))).name);
        assertEquals("Opener", Event.objects.getOrNone(Q.of("rank__isnull", true)).orElseThrow().name);
        assertTrue(Event.objects.getOrNone(Q.of("rank", 99)).isEmpty());
        assertEquals("Semi_Final", Event.objects.filter("tournament", f.cup).exclude("rank", 1).getOrNone().orElseThrow().name);
        assertEquals(List.of("Final", "Semi_Final"),
                names(f.cup.events.filter(Q.of("rank", 1).or(Q.of("name__startswith", "Semi"))).list()));
        assertEquals(List.of("Blue"), f.finale.participants.filter(Q.of("name", "Red").not()).list().stream()
                .map(t -> t.name).toList());
        assertEquals(2, f.finale.participants.all().count());
        assertEquals(List.of("Final", "Semi_Final"), names(f.red.events.list()));
    }

    @Test
    void fComparesWithColumnsAcrossRelationsAndArithmetic() {
        Event named = Event.of("World Cup", f.cup);
        assertEquals(List.of("World Cup"), names(Event.objects.filter("name", F.of("tournament__name")).list()));
        assertEquals(List.of("Final", "Opener", "Semi_Final"),
                names(Event.objects.exclude("name", F.of("tournament__name")).list()));
        assertEquals(List.of("Semi_Final"), names(Event.objects.filter("rank", F.of("rank").times(2).minus(2)).list()));
        assertEquals(List.of("Final"), names(Event.objects.filter("rank", F.of("rank").dividedBy(F.of("rank")))
                .list()));
        assertEquals(List.of("Final"), names(Event.objects.filter(Q.of("prize__gt", F.of("rank").plus(5))
                .and(Q.of("tournament", f.cup))).filter("rank__lt", 2).list()));
        assertEquals(List.of("Final"), names(Event.objects.filter("prize__lt", F.of("prize").minus(F.of("rank")).plus(2))
                .list()));
        named.delete();
    }

    @Test
    void excludeTakesCompoundQ() {
        assertEquals(List.of("Semi_Final"), names(Event.objects.exclude(Q.of("rank", 1).or(Q.of("name", "Opener"))).list()));
        assertEquals(List.of("Final"), names(Event.objects.exclude(Q.of("rank", 1).not()).list()));
        assertEquals(List.of("Opener"), names(Event.objects.exclude(Q.of("tournament", f.cup)).list()));
        assertEquals(List.of("Semi_Final"), names(Event.objects.all().exclude(Q.of("name", "Final"))
                .exclude(Q.of("tournament__name__icontains", "league")).list()));
        assertEquals(1, Event.objects.exclude(Q.of("tournament", f.cup)).update(Map.of("rank", 7)));
        assertEquals(7, Event.objects.get("name", "Opener").rank);
        assertEquals(2, Event.objects.exclude(Q.of("name", "Opener")).delete());
        assertEquals(List.of("Opener"), names(Event.objects.all().list()));
    }

    @Test
    void valuesListFollowsRelationPathsBesideAnnotations() {
        assertEquals(List.of(List.of("Final", "World Cup", 2L), List.of("Opener", "League 50%_off", 0L),
                        List.of("Semi_Final", "World Cup", 1L)),
                longs(Event.objects.all().annotate("teams", Count.of("participants")).orderBy("name")
                        .valuesList("name", "tournament__name", "teams")));
        assertEquals(List.of(List.of("Red", "World Cup", 2L), List.of("Blue", "World Cup", 1L)),
                longs(Team.objects.all().annotate("events_count", Count.of("events")).orderBy("-events_count")
                        .valuesList("name", "events__tournament__name", "events_count")));
        List<List<Object>> ranks = Tournament.objects.all().annotate("ranks", Sum.of("events__rank"))
                .orderBy("name").valuesList("name", "ranks");
        assertEquals("League 50%_off", ranks.get(0).get(0));
        assertNull(ranks.get(0).get(1), "a sum over no rank is NULL");
        assertEquals(3L, ((Number) ranks.get(1).get(1)).longValue());
        assertEquals(List.of(List.of("Final", "Ann")), Event.objects.filter("reporter__name", "Ann")
                .filter("rank", 1).valuesList("name", "reporter__name"));
    }

    @Test
    void onlyLoadsTheNamedFieldsAndTheKey() {
        List<Event> partial = Event.objects.all().only("name", "rank").orderBy("name").list();
        assertEquals(List.of("Final", "Opener", "Semi_Final"), names(partial));
        assertEquals(1, partial.getFirst().rank);
        assertNull(partial.getFirst().prize);
        assertNull(partial.getFirst().start);
        assertEquals(f.finale.id, partial.getFirst().id);
        partial.getFirst().rank = 40;
        partial.getFirst().save("rank");
        Event full = Event.objects.get("id", f.finale.id);
        assertEquals(40, full.rank);
        assertEquals(0, new BigDecimal("10.25").compareTo(full.prize), "fields not loaded are not written");
        FieldException unknown = assertThrows(FieldException.class, () -> Event.objects.all().only("nope").list());
        assertTrue(unknown.getMessage().contains("nope") && unknown.getMessage().contains("only()"), unknown.getMessage());
    }

    /** PostgreSQL and MariaDB lock rows; SQLite's transactions lock the whole database instead. */
    @Test
    void selectForUpdateHoldsRowLocksUntilTheTransactionEnds() throws Exception {
        if (dialect().equals("sqlite")) {
            assertFalse(Event.objects.filter("id", f.finale.id).selectForUpdate().sql().contains("FOR UPDATE"));
            return;
        }
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<?> holder = threads.submit(() -> tortoise.inTransaction(() -> {
                Event e = Event.objects.filter("id", f.finale.id).selectForUpdate().get();
                locked.countDown();
                release.await();
                e.rank = 5;
                e.save("rank");
                return null;
            }));
            assertTrue(locked.await(10, TimeUnit.SECONDS));
            OperationalException busy = assertThrows(OperationalException.class, () -> tortoise.inTransaction(
                    () -> Event.objects.filter("id", f.finale.id).selectForUpdate(true, false).get()));
            assertTrue(busy.getMessage().contains("connection 'default'"), busy.getMessage());
            List<String> free = tortoise.inTransaction(() -> names(Event.objects.filter("tournament", f.cup)
                    .selectForUpdate(false, true).list()));
            assertEquals(List.of("Semi_Final"), free, "SKIP LOCKED passes over the locked row");
            Future<Integer> waiter = threads.submit(() -> tortoise.inTransaction(
                    () -> Event.objects.filter("id", f.finale.id).selectForUpdate().get().rank));
            Thread.sleep(300);
            assertFalse(waiter.isDone(), "a locking read waits for the lock");
            release.countDown();
            holder.get(10, TimeUnit.SECONDS);
            assertEquals(5, waiter.get(10, TimeUnit.SECONDS), "and then reads the committed row");
        }
    }

    @Test
    void getOrCreateUnderContentionCreatesOneRow() throws Exception {
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<GetOrCreate<Team>>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(threads.submit(() -> {
                    start.await();
                    return Team.objects.getOrCreate(Q.of("name", "Shared"), t -> { });
                }));
            }
            start.countDown();
            int created = 0;
            Object key = null;
            for (Future<GetOrCreate<Team>> r : results) {
                GetOrCreate<Team> outcome = r.get(60, TimeUnit.SECONDS);
                created += outcome.created() ? 1 : 0;
                key = key == null ? outcome.object().pk() : key;
                assertEquals(key, outcome.object().pk());
            }
            assertEquals(1, created);
        }
        assertEquals(1, Team.objects.filter("name", "Shared").count());
    }

    /**
     * Another creator commits the row between getOrCreate's locking read and its INSERT: the
     * INSERT fails with an IntegrityException and the row is read again. Only PostgreSQL lets that
     * happen: MariaDB's locking read holds a gap lock that makes the other INSERT wait, and SQLite
     * has one connection.
     */
    @Test
    void getOrCreateReadsTheRowOfACreatorThatWonTheRace() throws Exception {
        if (!dialect().equals("postgres")) {
            return;
        }
        Thread caller = Thread.currentThread();
        AtomicBoolean raced = new AtomicBoolean();
        SqlListeners.Listener racer = (alias, sql, params) -> {
            if (Thread.currentThread() == caller && sql.startsWith("INSERT INTO \"team\"") && raced.compareAndSet(false, true)) {
                Thread other = Thread.ofVirtual().start(() -> tortoise.connection("default")
                        .executeUpdate("INSERT INTO \"team\" (\"name\") VALUES (?)", "Raced"));
                try {
                    other.join();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        GetOrCreate<Team> outcome;
        try (SqlCapture sql = SqlCapture.start(); AutoCloseable ignored = SqlListeners.add(racer)) {
            outcome = Team.objects.getOrCreate(Q.of("name", "Raced"), t -> { });
            assertTrue(raced.get());
            assertEquals(3, sql.count(), "locking read, failed INSERT, read again: " + sql);
        }
        assertFalse(outcome.created());
        assertEquals(Team.objects.get("name", "Raced").pk(), outcome.object().pk());
        assertEquals(1, Team.objects.filter("name", "Raced").count());
    }

    @Test
    void validationFailsBeforeTheDatabaseIsTouched() {
        Sample tooBig = Sample.of("ok", 1);
        tooBig.size = Sample.Size.ENORMOUS;
        Sample tooLong = Sample.of("x".repeat(21), 1);
        Sample nameless = Sample.of(null, 1);
        try (SqlCapture sql = SqlCapture.start()) {
            ValidationException e = assertThrows(ValidationException.class, tooBig::save);
            assertEquals("Sample.size: Length of 'ENORMOUS' 8 > 4", e.getMessage());
            ValidationException length = assertThrows(ValidationException.class, tooLong::save);
            assertTrue(length.getMessage().startsWith("Sample.label: Length of"), length.getMessage());
            ValidationException none = assertThrows(ValidationException.class, nameless::save);
            assertEquals("Sample.label is non nullable field, but null was passed", none.getMessage());
            ValidationException bulk = assertThrows(ValidationException.class,
                    () -> Sample.objects.bulkCreate(List.of(Sample.of("fine", 1), tooBig)));
            assertTrue(bulk.getMessage().startsWith("Sample.size"), bulk.getMessage());
            ValidationException update = assertThrows(ValidationException.class,
                    () -> Sample.objects.all().update(Map.of("size", Sample.Size.ENORMOUS)));
            assertTrue(update.getMessage().startsWith("Sample.size"), update.getMessage());
            ValidationException wrongConstant = assertThrows(ValidationException.class,
                    () -> Sample.objects.all().update(Map.of("level", 7)));
            assertTrue(wrongConstant.getMessage().contains("Sample.level"), wrongConstant.getMessage());
            ValidationException nullUpdate = assertThrows(ValidationException.class,
                    () -> Sample.objects.all().update(java.util.Collections.singletonMap("label", null)));
            assertTrue(nullUpdate.getMessage().contains("Sample.label"), nullUpdate.getMessage());
            assertEquals(0, sql.count(), "no SQL ran: " + sql);
        }
        assertEquals(0, rows("sample"));
        Sample fits = Sample.of("fits", 2);
        fits.size = Sample.Size.XL;
        fits.level = Sample.Level.HIGH;
        fits.save();
        Sample loaded = Sample.objects.get("pk", fits.pk());
        assertEquals(Sample.Size.XL, loaded.size);
        assertEquals(Sample.Level.HIGH, loaded.level);
    }

    /** Rows with every number as a long, so counts compare alike on every driver. */
    private static List<List<Object>> longs(List<List<Object>> rows) {
        return rows.stream().map(row -> row.stream().map(v -> v instanceof Integer i ? (Object) i.longValue() : v).toList())
                .toList();
    }
}
