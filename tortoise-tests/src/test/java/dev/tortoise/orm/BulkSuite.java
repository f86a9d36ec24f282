package dev.tortoise.orm;

import dev.tortoise.GetOrCreate;
import dev.tortoise.Q;
import dev.tortoise.exceptions.IntegrityException;
import dev.tortoise.exceptions.ParamsException;
import dev.tortoise.orm.models.Event;
import dev.tortoise.orm.models.Team;
import dev.tortoise.orm.models.Tournament;
import dev.tortoise.testing.PinningRecorder;
import dev.tortoise.testing.SqlCapture;
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

/** bulkCreate, bulkUpdate, getOrCreate, updateOrCreate, inBulk, and model calls inside transactions. */
abstract class BulkSuite extends OrmTestBase {

    @Test
    void bulkCreateInsertsInBatchesAndFillsKeysWhereReturned() {
        List<Team> teams = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            Team t = new Team();
            t.name = "t%04d".formatted(i);
            teams.add(t);
        }
        try (SqlCapture sql = SqlCapture.start()) {
            Team.objects.bulkCreate(teams);
            assertEquals(3, sql.count(), "1000 rows per INSERT");
            assertTrue(sql.statements().getFirst().startsWith("INSERT INTO"), sql.statements().getFirst());
        }
        assertEquals(2500, rows("team"));
        if (dialect().equals("mysql")) {
            assertNull(teams.get(1234).pk(), "MySQL reports no keys for a multi-row INSERT");
        } else {
            assertEquals("t1234", Team.objects.get("pk", teams.get(1234).pk()).name);
            assertEquals(2500, teams.stream().map(Team::pk).distinct().count());
        }
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
        try (SqlCapture sql = SqlCapture.start()) {
            Event.objects.bulkCreate(events, 2);
            assertEquals(3, sql.count(), sql.toString());
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
        // The JDK initialises its I/O poller on the first blocking virtual thread; that one-time wait is not ours.
        Thread.ofVirtual().start(Event.objects::count).join();
        try (PinningRecorder pins = PinningRecorder.start()) {
            try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<Long>> done = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    int n = i;
                    done.add(pool.submit(() -> {
                        Event e = Event.of("v" + n, cup);
                        e.rank = n;
                        e.save("rank");
                        return Event.objects.filter("tournament", cup).count();
                    }));
                }
                for (Future<Long> f : done) {
                    assertTrue(f.get() >= 1);
                }
            }
            assertEquals(List.of(), pins.stop());
        }
        assertEquals(40, cup.events.count());
        assertEquals(780L, Event.objects.all().annotate("total", Sum.of("rank")).groupBy("tournament_id")
                .values("total").getFirst().get("total"));
    }
}
