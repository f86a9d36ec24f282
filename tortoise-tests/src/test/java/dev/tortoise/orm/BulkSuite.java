package dev.tortoise.orm;

import dev.tortoise.GetOrCreate;
import dev.tortoise.Q;
import dev.tortoise.exceptions.IntegrityException;
import dev.tortoise.exceptions.ParamsException;
import dev.tortoise.orm.models.Event;
import dev.tortoise.orm.models.Team;
import dev.tortoise.orm.models.Tournament;
import dev.tortoise.testing.PinningRecorder;
import dev.tortoise.junit.SqlCapture;
import dev.tortoise.functions.Sum;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** bulkCreate, bulkUpdate, getOrCreate, updateOrCreate, inBulk, and model calls inside transactions. */
class BulkSuite extends OrmTestBase {

    /**
     * Whether the platform says one multi-row INSERT returns every generated key (else rows go one
     * by one). Asked before a capture starts: the answer may come from a query to the server.
     */
    private boolean multiRowInsertReturning() {
        return database().platform().features(tortoise.connection("default")).multiRowInsertReturning();
    }

    @Test
    void bulkCreateInsertsInBatchesAndFillsEveryKey() {
        List<Team> teams = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            Team t = new Team();
            t.name = "t%04d".formatted(i);
            teams.add(t);
        }
        boolean multiRow = multiRowInsertReturning();
        try (SqlCapture sql = SqlCapture.start()) {
            Team.objects.bulkCreate(teams);
            assertTrue(sql.statements().getFirst().startsWith("INSERT INTO"), sql.statements().getFirst());
            if (multiRow) {
                // MariaDB 10.5+ (the test server), PostgreSQL and SQLite return keys from a multi-row INSERT.
                assertEquals(3, sql.count(), "1000 rows per INSERT");
                assertTrue(sql.statements().getFirst().contains(" RETURNING "), sql.statements().getFirst());
            } else {
                // H2 (and MySQL) report only one key per INSERT: one statement per row.
                assertEquals(2500, sql.count(), "one INSERT per row");
                assertFalse(sql.statements().getFirst().contains(" RETURNING "), sql.statements().getFirst());
            }
        }
        assertEquals(2500, rows("team"));
        assertKeysMatchRows(teams);
    }

    /** Servers whose multi-row INSERT cannot return keys (MySQL proper, H2) insert such rows one by one. */
    @Test
    void bulkCreateRowByRowFillsEveryKeyInOneTransaction() {
        assumeFalse(multiRowInsertReturning(), "this server returns the keys of a multi-row INSERT");
        List<Team> teams = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Team t = new Team();
            t.name = "r%02d".formatted(i);
            teams.add(t);
        }
        try (SqlCapture sql = SqlCapture.start()) {
            Team.objects.bulkCreate(teams);
            assertEquals(30, sql.count(), "one INSERT per row");
        }
        assertEquals(30, rows("team"));
        assertKeysMatchRows(teams);
        // A failing row rolls back the rows before it, and no instance keeps a key or counts as saved.
        List<Team> clash = new ArrayList<>();
        for (String name : List.of("fresh1", "fresh2", "r05", "fresh3")) {
            Team t = new Team();
            t.name = name;
            clash.add(t);
        }
        assertThrows(IntegrityException.class, () -> Team.objects.bulkCreate(clash));
        assertEquals(30, rows("team"));
        assertTrue(clash.stream().allMatch(t -> t.pk() == null), "no key survives the rollback");
    }

    @Test
    void bulkCreatedInstancesAreSavedWithTheirKeys() {
        List<Team> teams = List.of(new Team(), new Team());
        teams.get(0).name = "A";
        teams.get(1).name = "B";
        Team.objects.bulkCreate(teams);
        Team a = teams.get(0);
        a.name = "A2";
        a.save();
        assertEquals(2, rows("team"), "save() after bulkCreate updates, it does not insert again");
        assertEquals("A2", Team.objects.get("pk", a.pk()).name);
        teams.get(1).delete();
        assertEquals(List.of("A2"), Team.objects.all().list().stream().map(t -> t.name).toList());
        // Explicit keys are kept as given; generated ones are filled beside them.
        Tournament given = new Tournament();
        given.id = 777;
        given.name = "Given";
        Tournament generated = new Tournament();
        generated.name = "Generated";
        Tournament.objects.bulkCreate(List.of(given, generated));
        assertEquals(777, given.id);
        assertNotNull(generated.id);
        assertEquals("Generated", Tournament.objects.get("id", generated.id).name);
        assertEquals("Given", Tournament.objects.get("id", 777).name);
    }

    @Test
    void failedBulkCreateLeavesNoRowsNoKeysAndNothingMarkedSaved() {
        Team.named("Taken");
        List<Team> teams = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Team t = new Team();
            t.name = i == 3 ? "Taken" : "n" + i;
            teams.add(t);
        }
        assertThrows(IntegrityException.class, () -> Team.objects.bulkCreate(teams, 2));
        assertEquals(1, rows("team"), "the batches before the failing one are rolled back too");
        assertTrue(teams.stream().allMatch(t -> t.pk() == null), "no key survives the rollback");
        teams.get(3).name = "Free";
        teams.get(3).save();
        assertEquals(2, rows("team"), "an instance of a failed bulkCreate is inserted by save()");
        assertEquals("Free", Team.objects.get("pk", teams.get(3).pk()).name);
    }

    /** Every instance holds the key of the row that has its name. */
    private static void assertKeysMatchRows(List<Team> teams) {
        Map<Object, Object> nameByKey = new java.util.HashMap<>();
        for (List<Object> row : Team.objects.all().valuesList("id", "name")) {
            nameByKey.put(((Number) row.get(0)).longValue(), row.get(1));
        }
        for (Team t : teams) {
            assertNotNull(t.pk(), t.name);
            assertEquals(t.name, nameByKey.get(((Number) t.pk()).longValue()), "key of " + t.name);
        }
        assertEquals(teams.size(), teams.stream().map(Team::pk).distinct().count());
    }

    @Test
    void bulkCreateHonoursBatchSizeAndFillsAutoValues() {
        Tournament cup = Tournament.named("Cup");
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Event e = new Event();
            e.name = "e" + i;
            e.tournament = cup;
            e.prize = i % 2 == 0 ? new BigDecimal(i + ".5") : null;
            events.add(e);
        }
        boolean multiRow = multiRowInsertReturning();
        try (SqlCapture sql = SqlCapture.start()) {
            Event.objects.bulkCreate(events, 2);
            assertEquals(multiRow ? 3 : 5, sql.count(), sql.toString());
        }
        assertNotNull(events.getFirst().modified);
        assertEquals(List.of("e0", "e1", "e2", "e3", "e4"), cup.events.all().orderBy("name").list().stream().map(e -> e.name).toList());
        assertEquals(0, new BigDecimal("4.5").compareTo(Event.objects.get("name", "e4").prize));
        Event.objects.bulkCreate(List.of());
    }

    @Test
    void bulkUpdateWritesNamedFieldsAndCountsRows() {
        Tournament cup = Tournament.named("Cup");
        Event.of("a", cup);
        Event.of("b", cup);
        Event.of("c", cup);
        List<Event> events = Event.objects.all().orderBy("name").list();
        for (int i = 0; i < events.size(); i++) {
            events.get(i).rank = 10 + i;
            events.get(i).prize = new BigDecimal("1.25").multiply(BigDecimal.valueOf(i));
            events.get(i).name = "changed";
        }
        assertEquals(3, Event.objects.bulkUpdate(events, "rank", "prize"));
        assertEquals(List.of(List.of("a", 10), List.of("b", 11), List.of("c", 12)),
                Event.objects.all().orderBy("name").valuesList("name", "rank"));
        assertEquals(0, new BigDecimal("2.50").compareTo(Event.objects.get("name", "c").prize));
        assertEquals(0, Event.objects.bulkUpdate(List.of(), "rank"));
    }

    @Test
    void getOrCreateCreatesOnceAndRefusesConflictingDefaults() {
        GetOrCreate<Team> first = Team.objects.getOrCreate(Q.of("name", "Red"), t -> { });
        assertTrue(first.created());
        assertNotNull(first.object().pk());
        GetOrCreate<Team> second = Team.objects.getOrCreate(Q.of("name", "Red"), t -> { });
        assertFalse(second.created());
        assertEquals(first.object().pk(), second.object().pk());
        assertEquals(1, rows("team"));
        Tournament cup = Tournament.named("Cup");
        GetOrCreate<Event> event = Event.objects.getOrCreate(Q.of("name", "Final").and(Q.of("tournament", cup)), e -> e.rank = 3);
        assertTrue(event.created());
        assertEquals(3, Event.objects.get("name", "Final").rank);
        ParamsException conflict = assertThrows(ParamsException.class,
                () -> Team.objects.getOrCreate(Q.of("name", "Blue"), t -> t.name = "Green"));
        assertTrue(conflict.getMessage().startsWith("Conflict value with key=name"), conflict.getMessage());
        assertEquals(1, rows("team"));
    }

    @Test
    void updateOrCreateUpdatesTheFoundRow() {
        Tournament cup = Tournament.named("Cup");
        GetOrCreate<Event> made = Event.objects.updateOrCreate(Q.of("name", "Final"), e -> {
            e.tournament = cup;
            e.rank = 1;
        });
        assertTrue(made.created());
        GetOrCreate<Event> updated = Event.objects.updateOrCreate(Q.of("name", "Final"), e -> e.rank = 2);
        assertFalse(updated.created());
        assertEquals(made.object().id, updated.object().id);
        assertEquals(2, Event.objects.get("name", "Final").rank);
        assertEquals(1, rows("event"));
    }

    @Test
    void inBulkMapsByKeyOrField() {
        Team red = Team.named("Red");
        Team blue = Team.named("Blue");
        Map<Object, Team> byKey = Team.objects.inBulk(List.of(red.pk(), blue.pk(), -1));
        assertEquals(2, byKey.size());
        assertEquals("Blue", byKey.get(blue.pk()).name);
        assertEquals(red.pk(), Team.objects.inBulk(List.of("Red"), "name").get("Red").pk());
        assertTrue(Team.objects.inBulk(List.of()).isEmpty());
    }

    @Test
    void modelCallsJoinTheTransactionAndRollBackWithIt() {
        IllegalStateException boom = assertThrows(IllegalStateException.class, () -> tortoise.inTransaction(() -> {
            Team.named("Lost");
            assertEquals(1, Team.objects.count(), "the transaction sees its own rows");
            throw new IllegalStateException("boom");
        }));
        assertEquals("boom", boom.getMessage());
        assertEquals(0, rows("team"));
        tortoise.inTransaction(() -> {
            Team.named("Outer");
            try {
                tortoise.inTransaction(() -> {
                    Team.named("Inner");
                    throw new IllegalStateException("inner fails");
                });
            } catch (IllegalStateException expected) {
                // the savepoint is rolled back, the outer transaction goes on
            }
            return null;
        });
        assertEquals(List.of("Outer"), Team.objects.all().list().stream().map(t -> t.name).toList());
        Team.named("Unique");
        assertThrows(IntegrityException.class, () -> Team.named("Unique"));
        Team same = Team.objects.get("name", "Unique");
        assertSame(Team.class, same.getClass());
    }

    @Test
    void manyVirtualThreadsUseModelsConcurrentlyWithoutPinning() throws Exception {
        Tournament cup = Tournament.named("Cup");
        // A burst first, untimed: the JDK's one-time pins (a class initialised by several virtual
        // threads at once, such as sun.nio.ch.Poller on the first blocking socket read) happen
        // here, so the recording below sees only the steady state of our code.
        VirtualThreadWarmUp.socketPoller();
        Tournament warmUp = Tournament.named("Warm-up");
        runEvents(warmUp, 40);
        try (PinningRecorder pins = PinningRecorder.start()) {
            runEvents(cup, 40);
            assertEquals(List.of(), pins.stop());
        }
        assertEquals(40, cup.events.count());
        assertEquals(780L, ((Number) Event.objects.filter("tournament", cup).annotate("total", Sum.of("rank"))
                .groupBy("tournament_id").values("total").getFirst().get("total")).longValue());
    }

    /** {@code n} virtual threads each create an event of the tournament, save its rank and count. */
    private static void runEvents(Tournament tournament, int n) throws Exception {
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Long>> done = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int rank = i;
                done.add(pool.submit(() -> {
                    Event e = Event.of("v" + rank, tournament);
                    e.rank = rank;
                    e.save("rank");
                    return Event.objects.filter("tournament", tournament).count();
                }));
            }
            for (Future<Long> f : done) {
                assertTrue(f.get() >= 1);
            }
        }
    }
}
