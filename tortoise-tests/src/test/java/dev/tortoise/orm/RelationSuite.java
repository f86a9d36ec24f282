package dev.tortoise.orm;

import dev.tortoise.exceptions.FieldException;
import dev.tortoise.exceptions.OperationalException;
import dev.tortoise.orm.models.Address;
import dev.tortoise.orm.models.Event;
import dev.tortoise.orm.models.Reporter;
import dev.tortoise.orm.models.Team;
import dev.tortoise.orm.models.Tournament;
import dev.tortoise.junit.SqlCapture;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.tortoise.orm.QueryFixture.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Foreign keys, reverse relations, many-to-manys and one-to-ones, with the number of queries they take. */
class RelationSuite extends OrmTestBase {
    QueryFixture f;

    @BeforeEach
    void seed() {
        f = QueryFixture.create();
    }

    @Test
    void foreignKeyHoldsAKeyOnlyReferenceUntilFetched() {
        Event e = Event.objects.get("name", "Final");
        assertEquals(f.cup.id, e.tournament.id);
        assertNull(e.tournament.name);
        try (SqlCapture sql = SqlCapture.start()) {
            e.fetchRelated("tournament", "reporter");
            assertEquals(2, sql.count(), sql.toString());
        }
        assertEquals("World Cup", e.tournament.name);
        assertEquals("Ann", e.reporter.name);
        Event opener = Event.objects.get("name", "Semi_Final");
        assertNull(opener.reporter);
    }

    @Test
    void selectRelatedIsOneJoinedQuery() {
        try (SqlCapture sql = SqlCapture.start()) {
            List<Event> events = Event.objects.all().selectRelated("tournament", "reporter").orderBy("name").list();
            assertEquals(1, sql.count(), sql.toString());
            assertEquals(List.of("World Cup", "League 50%_off", "World Cup"), events.stream().map(e -> e.tournament.name).toList());
            assertEquals("Ann", events.getFirst().reporter.name);
            assertNull(events.get(2).reporter);
            assertNotNull(events.getFirst().tournament.created);
        }
        Address.objects.create(a -> {
            a.city = "Paris";
            a.event = f.finale;
        });
        try (SqlCapture sql = SqlCapture.start()) {
            Address a = Address.objects.all().selectRelated("event__tournament").get();
            assertEquals("World Cup", a.event.tournament.name);
            Event withAddress = Event.objects.filter("name", "Final").selectRelated("address").get();
            assertEquals("Paris", withAddress.address.city);
            assertEquals(2, sql.count(), sql.toString());
        }
        FieldException e = assertThrows(FieldException.class, () -> Event.objects.all().selectRelated("participants").list());
        assertTrue(e.getMessage().contains("participants"), e.getMessage());
    }

    @Test
    void prefetchRelatedIsOneQueryPerRelation() {
        try (SqlCapture sql = SqlCapture.start()) {
            List<Tournament> tournaments = Tournament.objects.all().orderBy("name").prefetchRelated("events").list();
            assertEquals(2, sql.count(), sql.toString());
            assertEquals(List.of("Opener"), names(tournaments.getFirst().events.list()));
            assertEquals(List.of("Final", "Semi_Final"), names(tournaments.get(1).events.list()));
            assertSame(tournaments.get(1), tournaments.get(1).events.list().getFirst().tournament);
            assertEquals(2, sql.count(), "holders answer from what was prefetched: " + sql);
        }
        try (SqlCapture sql = SqlCapture.start()) {
            List<Event> events = Event.objects.all().orderBy("name").prefetchRelated("participants", "tournament").list();
            assertEquals(3, sql.count(), sql.toString());
            assertEquals(List.of("Blue", "Red"), events.getFirst().participants.list().stream().map(t -> t.name).sorted().toList());
            assertEquals(List.of(), events.get(1).participants.list());
            assertEquals(List.of("Red"), events.get(2).participants.list().stream().map(t -> t.name).toList());
            assertEquals("League 50%_off", events.get(1).tournament.name);
            assertEquals(3, sql.count(), sql.toString());
        }
        try (SqlCapture sql = SqlCapture.start()) {
            List<Tournament> nested = Tournament.objects.filter("name", "World Cup").prefetchRelated("events__participants").list();
            assertEquals(3, sql.count(), sql.toString());
            Event finale = nested.getFirst().events.list().stream().filter(e -> e.name.equals("Final")).findFirst().orElseThrow();
            assertEquals(2, finale.participants.list().size());
            assertEquals(3, sql.count(), sql.toString());
        }
        FieldException e = assertThrows(FieldException.class, () -> Tournament.objects.all().prefetchRelated("nope").list());
        assertTrue(e.getMessage().startsWith("relation nope for tournament not found"), e.getMessage());
    }

    @Test
    void reverseRelationHolderListsFiltersAndCounts() {
        Tournament cup = Tournament.objects.get("name", "World Cup");
        assertFalse(cup.events.isFetched());
        assertEquals(List.of("Final", "Semi_Final"), names(cup.events.list()));
        assertEquals(2, cup.events.count());
        assertEquals(List.of("Semi_Final"), names(cup.events.filter("rank", 2).list()));
        assertEquals(List.of("Final"), names(cup.events.all().orderBy("rank").limit(1).list()));
        cup.fetchRelated("events");
        assertTrue(cup.events.isFetched());
        assertEquals(2, cup.events.list().size());
        Reporter ann = Reporter.objects.get("name", "Ann");
        assertEquals(List.of("Final", "Opener"), names(ann.events.list()));
        OperationalException unsaved = assertThrows(OperationalException.class, () -> new Tournament().events.list());
        assertTrue(unsaved.getMessage().contains("You should first call .save()"), unsaved.getMessage());
    }

    @Test
    void manyToManyAddRemoveAndClear() {
        Team green = Team.named("Green");
        Event opener = Event.objects.get("name", "Opener");
        opener.participants.add(green, f.red);
        opener.participants.add(green);
        assertEquals(List.of("Green", "Red"), opener.participants.list().stream().map(t -> t.name).sorted().toList());
        assertEquals(2, opener.participants.count());
        assertEquals(List.of("Final", "Opener", "Semi_Final"), names(Team.objects.get("name", "Red").events.list()));
        opener.participants.remove(f.red);
        assertEquals(List.of("Green"), opener.participants.list().stream().map(t -> t.name).toList());
        OperationalException none = assertThrows(OperationalException.class, () -> opener.participants.remove());
        assertEquals("remove() called on no instances", none.getMessage());
        green.events.add(f.finale);
        assertEquals(3, f.finale.participants.count());
        f.finale.fetchRelated("participants");
        assertTrue(f.finale.participants.isFetched());
        f.finale.participants.clear();
        assertFalse(f.finale.participants.isFetched());
        assertEquals(0, f.finale.participants.count());
        assertEquals(List.of("Blue", "Green", "Red"), Team.objects.all().orderBy("name").list().stream().map(t -> t.name).toList());
        assertEquals(List.of("Green"), opener.participants.filter("name__startswith", "G").list().stream().map(t -> t.name).toList());
        Team unsaved = new Team();
        assertThrows(OperationalException.class, () -> opener.participants.add(unsaved));
    }

    @Test
    void oneToOneBothWays() {
        Address a = Address.objects.create(x -> {
            x.city = "Rome";
            x.event = f.semi;
        });
        Event semi = Event.objects.get("id", f.semi.id);
        assertNull(semi.address);
        semi.fetchRelated("address");
        assertEquals("Rome", semi.address.city);
        assertEquals(a.pk(), semi.address.pk());
        assertEquals(List.of("Semi_Final"), names(Event.objects.filter("address__city", "Rome").list()));
    }

    @Test
    void onDeleteRulesComeFromTheDatabase() {
        Reporter.objects.filter("name", "Ann").delete();
        assertNull(Event.objects.get("name", "Final").reporter);
        f.cup.delete();
        assertEquals(List.of("Opener"), names(Event.objects.all().list()));
        assertEquals(0, rows("event_team"));
    }
}
