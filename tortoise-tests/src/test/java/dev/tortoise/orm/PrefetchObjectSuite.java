package dev.tortoise.orm;

import dev.tortoise.Prefetch;
import dev.tortoise.QuerySet;
import dev.tortoise.exceptions.FieldException;
import dev.tortoise.exceptions.ParamsException;
import dev.tortoise.functions.Count;
import dev.tortoise.junit.SqlCapture;
import dev.tortoise.orm.models.Address;
import dev.tortoise.orm.models.Event;
import dev.tortoise.orm.models.Reporter;
import dev.tortoise.orm.models.Team;
import dev.tortoise.orm.models.Tournament;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code prefetchRelated(Prefetch...)}: relations loaded with a query of their own (filtered,
 * ordered, annotated), into the relation or into an annotation, one extra query per relation.
 */
class PrefetchObjectSuite extends OrmTestBase {
    QueryFixture f;

    @BeforeEach
    void seed() {
        f = QueryFixture.create();
    }

    @Test
    void reverseForeignKeyHoldsTheRowsOfTheQueryInItsOrder() {
        try (SqlCapture sql = SqlCapture.start()) {
            List<Tournament> tournaments = Tournament.objects.all().orderBy("name")
                    .prefetchRelated(Prefetch.of("events", Event.objects.filter("prize__gt", 5).orderBy("prize")))
                    .list();
            assertEquals(2, sql.count(), sql.toString());
            String prefetch = sql.statements().get(1);
            assertTrue(prefetch.contains(" ORDER BY ") && prefetch.contains(q("prize")), prefetch);
            assertFalse(prefetch.contains("9.5") || prefetch.contains("5 "), "values are bound: " + prefetch);
            Tournament league = tournaments.getFirst();
            Tournament cup = tournaments.get(1);
            assertEquals(List.of(), league.events.list());
            assertEquals(List.of("Semi_Final", "Final"), names(cup.events.list()));
            assertTrue(cup.events.isFetched());
            assertSame(cup, cup.events.list().getFirst().tournament);
            assertEquals(2, sql.count(), "the holders answer without a query: " + sql);
        }
        List<Tournament> descending = Tournament.objects.filter("name", "World Cup")
                .prefetchRelated(Prefetch.of("events", Event.objects.all().orderBy("-prize")))
                .list();
        assertEquals(List.of("Final", "Semi_Final"), names(descending.getFirst().events.list()));
    }

    @Test
    void toAttrStoresAListAnnotationAndLeavesTheRelationUnfetched() {
        try (SqlCapture sql = SqlCapture.start()) {
            List<Tournament> tournaments = Tournament.objects.all().orderBy("name")
                    .prefetchRelated(
                            Prefetch.of("events", Event.objects.filter("rank", 1)).toAttr("winners"),
                            Prefetch.of("events", Event.objects.filter("rank__isnull", false).orderBy("-rank")).toAttr("ranked"))
                    .list();
            assertEquals(3, sql.count(), "one query per Prefetch: " + sql);
            Tournament league = tournaments.getFirst();
            Tournament cup = tournaments.get(1);
            assertEquals(List.of("Final"), names(events(cup, "winners")));
            assertEquals(List.of("Semi_Final", "Final"), names(events(cup, "ranked")));
            assertEquals(List.of(), league.annotation("winners"));
            assertEquals(List.of(), league.annotation("ranked"));
            assertFalse(cup.events.isFetched());
        }
        // Beside the plain relation: the holder gets every row, the annotation the query's.
        Tournament cup = Tournament.objects.filter("name", "World Cup").prefetchRelated("events")
                .prefetchRelated(Prefetch.of("events", Event.objects.filter("rank", 2)).toAttr("second"))
                .get();
        assertTrue(cup.events.isFetched());
        assertEquals(List.of("Final", "Semi_Final"), sortedNames(cup.events.list()));
        assertEquals(List.of("Semi_Final"), names(events(cup, "second")));
    }

    @Test
    void manyToManyBothWaysWithFiltersOrderingOnlyAndAnnotations() {
        try (SqlCapture sql = SqlCapture.start()) {
            List<Event> events = Event.objects.all().orderBy("name")
                    .prefetchRelated(Prefetch.of("participants", Team.objects.filter("name", "Red").only("name")))
                    .list();
            assertEquals(2, sql.count(), sql.toString());
            assertEquals(List.of("Red"), teamNames(events.getFirst().participants.list()));
            assertEquals(List.of(), events.get(1).participants.list());
            assertEquals(List.of("Red"), teamNames(events.get(2).participants.list()));
            assertTrue(events.get(1).participants.isFetched());
        }
        try (SqlCapture sql = SqlCapture.start()) {
            List<Team> teams = Team.objects.all().orderBy("name")
                    .prefetchRelated(Prefetch.of("events", Event.objects.all().orderBy("-name")).toAttr("played"),
                            Prefetch.of("events", Event.objects.all().annotate("teams", Count.of("participants"))
                                    .filter("teams__gte", 2)).toAttr("crowded"))
                    .list();
            assertEquals(3, sql.count(), sql.toString());
            assertEquals(List.of("Semi_Final", "Final"), names(events(teams.get(1), "played")));
            assertEquals(List.of("Final"), names(events(teams.getFirst(), "played")));
            // Grouped per event and owner: each team sees the final, the only event with two teams.
            assertEquals(List.of("Final"), names(events(teams.getFirst(), "crowded")));
            assertEquals(List.of("Final"), names(events(teams.get(1), "crowded")));
            assertFalse(teams.getFirst().events.isFetched());
        }
    }

    @Test
    void forwardForeignKeyAndOneToOne() {
        try (SqlCapture sql = SqlCapture.start()) {
            List<Event> events = Event.objects.all().orderBy("name")
                    .prefetchRelated(Prefetch.of("tournament", Tournament.objects.filter("name", "World Cup")),
                            Prefetch.of("reporter", Reporter.objects.all()).toAttr("by"))
                    .list();
            assertEquals(3, sql.count(), sql.toString());
            Event finale = events.getFirst();
            Event opener = events.get(1);
            assertEquals("World Cup", finale.tournament.name);
            // The query left the league out: the opener keeps its key-only reference.
            assertEquals(f.league.id, opener.tournament.id);
            assertNull(opener.tournament.name);
            assertEquals(List.of("Ann"), reporterNames(finale.annotation("by")));
            assertEquals(List.of(), events.get(2).annotation("by"));
            assertNull(finale.reporter.name, "toAttr leaves the foreign key unfetched");
        }
        Address.objects.create(a -> {
            a.city = "Paris";
            a.event = f.finale;
        });
        Address.objects.create(a -> {
            a.city = "Lyon";
            a.event = f.semi;
        });
        try (SqlCapture sql = SqlCapture.start()) {
            List<Event> events = Event.objects.all().orderBy("name")
                    .prefetchRelated(Prefetch.of("address", Address.objects.filter("city", "Paris")),
                            Prefetch.of("address", Address.objects.filter("city", "Lyon")).toAttr("lyon"))
                    .list();
            assertEquals(3, sql.count(), sql.toString());
            assertEquals("Paris", events.getFirst().address.city);
            assertNull(events.get(2).address);
            assertEquals(List.of("Lyon"), ((List<?>) events.get(2).annotation("lyon")).stream()
                    .map(a -> ((Address) a).city).toList());
            assertEquals(List.of(), events.getFirst().annotation("lyon"));
        }
        List<Address> addresses = Address.objects.all().orderBy("city")
                .prefetchRelated(Prefetch.of("event", Event.objects.all().only("name")).toAttr("ev"))
                .list();
        assertEquals(List.of("Semi_Final"), names(events(addresses.getFirst(), "ev")));
    }

    @Test
    void nestedPathsApplyTheQueryToTheLastRelation() {
        try (SqlCapture sql = SqlCapture.start()) {
            Tournament cup = Tournament.objects.filter("name", "World Cup")
                    .prefetchRelated(Prefetch.of("events__participants", Team.objects.filter("name", "Blue")))
                    .get();
            assertEquals(3, sql.count(), sql.toString());
            List<Event> events = cup.events.list();
            assertEquals(List.of("Final", "Semi_Final"), sortedNames(events));
            assertEquals(List.of("Blue"), teamNames(byName(events, "Final").participants.list()));
            assertEquals(List.of(), byName(events, "Semi_Final").participants.list());
            assertEquals(3, sql.count(), sql.toString());
        }
        try (SqlCapture sql = SqlCapture.start()) {
            // The events come from the Prefetch query; the plain path loads their participants.
            Tournament cup = Tournament.objects.filter("name", "World Cup")
                    .prefetchRelated(Prefetch.of("events", Event.objects.filter("rank", 1)))
                    .prefetchRelated("events__participants")
                    .prefetchRelated(Prefetch.of("events__participants", Team.objects.all().orderBy("-name")).toAttr("teams"))
                    .get();
            assertEquals(4, sql.count(), sql.toString());
            Event finale = cup.events.list().getFirst();
            assertEquals(List.of("Final"), names(cup.events.list()));
            assertEquals(List.of("Blue", "Red"), teamNames(finale.participants.list()).stream().sorted().toList());
            assertEquals(List.of("Red", "Blue"), teamNames(finale.annotation("teams")));
        }
    }

    @Test
    void worksThroughStreamFirstAndTheQuerysOwnPrefetch() {
        try (Stream<Tournament> stream = Tournament.objects.filter("name", "World Cup")
                .prefetchRelated(Prefetch.of("events", Event.objects.filter("rank", 2))).stream()) {
            assertEquals(List.of("Semi_Final"), names(stream.toList().getFirst().events.list()));
        }
        try (SqlCapture sql = SqlCapture.start()) {
            Team red = Team.objects.filter("name", "Red")
                    .prefetchRelated(Prefetch.of("events", Event.objects.all().prefetchRelated("tournament")).toAttr("all"))
                    .first().orElseThrow();
            assertEquals(3, sql.count(), sql.toString());
            assertEquals(List.of("World Cup", "World Cup"), events(red, "all").stream().map(e -> e.tournament.name).toList());
        }
    }

    @Test
    void errorsNameTheRelationAndWhatWouldBeRight() {
        ParamsException wrongModel = assertThrows(ParamsException.class, () -> Tournament.objects.all()
                .prefetchRelated(Prefetch.of("events", Team.objects.all())).list());
        assertTrue(wrongModel.getMessage().contains("'events'") && wrongModel.getMessage().contains("query of Event")
                && wrongModel.getMessage().contains("query of Team"), wrongModel.getMessage());

        FieldException unknown = assertThrows(FieldException.class, () -> Tournament.objects.all()
                .prefetchRelated(Prefetch.of("nope", Event.objects.all())).list());
        assertTrue(unknown.getMessage().startsWith("relation nope for tournament not found")
                && unknown.getMessage().contains("[events]"), unknown.getMessage());
        FieldException nested = assertThrows(FieldException.class, () -> Tournament.objects.all()
                .prefetchRelated(Prefetch.of("events__nope", Team.objects.all())).list());
        assertTrue(nested.getMessage().contains("nope") && nested.getMessage().contains("participants"), nested.getMessage());

        QuerySet<Tournament> once = Tournament.objects.all().prefetchRelated(Prefetch.of("events", Event.objects.filter("rank", 1)));
        ParamsException twice = assertThrows(ParamsException.class,
                () -> once.prefetchRelated(Prefetch.of("events", Event.objects.filter("rank", 2))));
        assertTrue(twice.getMessage().contains("'events'") && twice.getMessage().contains("toAttr"), twice.getMessage());
        assertEquals(2, once.prefetchRelated(Prefetch.of("events", Event.objects.filter("rank", 1))).list().size(),
                "the same Prefetch again is no conflict");

        ParamsException sameAttr = assertThrows(ParamsException.class, () -> Event.objects.all().prefetchRelated(
                Prefetch.of("participants", Team.objects.all()).toAttr("x"),
                Prefetch.of("tournament", Tournament.objects.all()).toAttr("x")));
        assertTrue(sameAttr.getMessage().contains("'x'"), sameAttr.getMessage());

        ParamsException limited = assertThrows(ParamsException.class,
                () -> Prefetch.of("events", Event.objects.all().orderBy("-prize").limit(3)));
        assertTrue(limited.getMessage().contains("limit(3)") && limited.getMessage().contains("\"events\""), limited.getMessage());
        ParamsException offset = assertThrows(ParamsException.class, () -> Prefetch.of("events", Event.objects.all().offset(1)));
        assertTrue(offset.getMessage().contains("offset(1)"), offset.getMessage());

        ParamsException field = assertThrows(ParamsException.class, () -> Tournament.objects.all()
                .prefetchRelated(Prefetch.of("events", Event.objects.all()).toAttr("name")).list());
        assertTrue(field.getMessage().contains("'name'") && field.getMessage().contains("Tournament"), field.getMessage());
        assertThrows(ParamsException.class, () -> Prefetch.of("events", Event.objects.all()).toAttr(" "));
        assertThrows(ParamsException.class, () -> Prefetch.of("", Event.objects.all()));
    }

    @SuppressWarnings("unchecked")
    private static <M> List<M> listOf(Object annotation) {
        assertTrue(annotation instanceof List, "a List: " + annotation);
        return (List<M>) annotation;
    }

    private static List<Event> events(dev.tortoise.Model owner, String attr) {
        return listOf(owner.annotation(attr));
    }

    private static List<String> names(List<Event> events) {
        return events.stream().map(e -> e.name).toList();
    }

    private static List<String> sortedNames(List<Event> events) {
        return QueryFixture.names(events);
    }

    private static List<String> teamNames(Object teams) {
        return PrefetchObjectSuite.<Team>listOf(teams).stream().map(t -> t.name).toList();
    }

    private static List<String> reporterNames(Object reporters) {
        return PrefetchObjectSuite.<Reporter>listOf(reporters).stream().map(r -> r.name).toList();
    }

    private static Event byName(List<Event> events, String name) {
        return events.stream().filter(e -> e.name.equals(name)).findFirst().orElseThrow();
    }
}
