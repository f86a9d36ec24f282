package dev.tortoise.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tortoise.Q;
import dev.tortoise.QuerySet;
import dev.tortoise.exceptions.FieldException;
import dev.tortoise.exceptions.MultipleObjectsReturnedException;
import dev.tortoise.exceptions.ParamsException;
import dev.tortoise.functions.Count;
import dev.tortoise.junit.SqlCapture;
import dev.tortoise.orm.models.Event;
import dev.tortoise.orm.models.Player;
import dev.tortoise.orm.models.Tournament;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code union()} and {@code unionAll()}: rows, each side's own limits, outer ordering and slicing, nesting, errors. */
class UnionSuite extends OrmTestBase {
    QueryFixture f;

    /** Final and Semi_Final. */
    QuerySet<Event> cup;
    /** Final. */
    QuerySet<Event> rankOne;
    /** Opener. */
    QuerySet<Event> opener;

    @BeforeEach
    void seed() {
        f = QueryFixture.create();
        cup = Event.objects.filter("tournament", f.cup);
        rankOne = Event.objects.filter("rank", 1);
        opener = Event.objects.filter("name", "Opener");
    }

    private static List<String> names(QuerySet<Event> events) {
        return events.list().stream().map(e -> e.name).toList();
    }

    private static List<String> sorted(QuerySet<Event> events) {
        return QueryFixture.names(events.list());
    }

    @Test
    void unionRemovesDuplicatesAndUnionAllKeepsThem() {
        assertEquals(List.of("Final", "Semi_Final"), sorted(cup.union(rankOne)));
        assertEquals(List.of("Final", "Final", "Semi_Final"), sorted(cup.unionAll(rankOne)));
        assertEquals(2, cup.union(rankOne).count());
        assertEquals(3, cup.unionAll(rankOne).count());
        assertTrue(cup.union(rankOne).exists());
        QuerySet<Event> none = Event.objects.filter("name", "Nope").union(Event.objects.filter("rank", 99));
        assertFalse(none.exists());
        assertEquals(0, none.count());
        assertTrue(none.first().isEmpty());

        Event fin = cup.union(rankOne).orderBy("name").list().getFirst();
        assertEquals(f.finale.id, fin.id);
        assertEquals(new BigDecimal("10.25"), fin.prize);
        assertEquals(f.cup.id, fin.tournament.id, "the foreign key is read as a reference");
        assertEquals(Event.Status.DONE, fin.status);
    }

    @Test
    void theUnionIsOrderedLimitedAndOffsetAsAWhole() {
        QuerySet<Event> all = cup.unionAll(rankOne).unionAll(opener);
        assertEquals(List.of("Semi_Final", "Opener", "Final", "Final"), names(all.orderBy("-name")));
        assertEquals(List.of("Opener", "Final"), names(all.orderBy("-name").limit(2).offset(1)));
        assertEquals(List.of("Opener", "Semi_Final"), names(all.orderBy("-name").offset(1).orderBy("name").limit(3).offset(2)));
        assertEquals(2, all.orderBy("name").limit(2).count(), "count() honours the union's limit");
        assertEquals(1, all.offset(3).count(), "and its offset");
        // Decimals order as numbers on every backend (SQLite through a cast of the union's column).
        assertEquals(List.of("Final", "Semi_Final"), names(cup.union(rankOne).orderBy("-prize")));
        assertEquals(List.of("Semi_Final", "Final"), names(cup.union(rankOne).orderBy("prize")));
        assertEquals("Semi_Final", all.orderBy("-name").first().orElseThrow().name);
        assertEquals("Final", all.orderBy("-name").last().orElseThrow().name);
        assertEquals(f.finale.id, all.first().orElseThrow().id, "first() without an ordering takes the lowest key");
        assertEquals("Semi_Final", all.latest("name").orElseThrow().name);
        assertEquals(List.of("Final", "Final", "Opener", "Semi_Final"), all.orderBy("name", "-id").valuesListFlat("name"));
        assertEquals(f.semi.id, cup.union(rankOne).orderBy("-prize").limit(1).offset(1).get().id);
        assertThrows(MultipleObjectsReturnedException.class, () -> cup.union(rankOne).get());
    }

    @Test
    void eachSideKeepsItsOwnOrderingLimitAndOffset() {
        QuerySet<Event> firstByName = Event.objects.all().orderBy("name").limit(1);
        QuerySet<Event> lastByName = Event.objects.all().orderBy("-name").limit(1);
        assertEquals(List.of("Final", "Semi_Final"), names(firstByName.union(lastByName).orderBy("name")));
        assertEquals(2, firstByName.union(lastByName).count());
        assertEquals(List.of("Final", "Final"), names(firstByName.unionAll(firstByName)));
        QuerySet<Event> pastTwo = Event.objects.all().orderBy("name").offset(2);   // Semi_Final alone
        assertEquals(List.of("Final", "Semi_Final"), names(firstByName.unionAll(pastTwo).orderBy("name")));
        QuerySet<Event> richest = Event.objects.exclude("prize__isnull", true).orderBy("-prize").limit(1);
        assertEquals(List.of("Final", "Opener"), names(richest.union(opener).orderBy("name")));
        // The union's ordering does not reach into a side: the side still takes its own first row.
        assertEquals(List.of("Opener", "Final"), names(opener.union(richest).orderBy("-name")));
    }

    @Test
    void unionsOfUnions() {
        assertEquals(List.of("Final", "Opener", "Semi_Final"), names(cup.union(rankOne).union(opener).orderBy("name")));
        // (cup UNION ALL rankOne) UNION opener: the last UNION removes the duplicate Final.
        assertEquals(3, cup.unionAll(rankOne).union(opener).count());
        // cup UNION ALL (rankOne UNION rankOne): the right side is combined first.
        assertEquals(List.of("Final", "Final", "Semi_Final"), sorted(cup.unionAll(rankOne.union(rankOne))));
        assertEquals(4, cup.unionAll(rankOne.unionAll(rankOne)).count());
        assertEquals(List.of("Opener", "Semi_Final"),
                names(opener.union(cup.union(rankOne).orderBy("-name").limit(1)).orderBy("name")),
                "a limited union as a side keeps its own limit");
        assertEquals(List.of("Final"), names(cup.union(opener).orderBy("name").limit(1).union(rankOne)));
    }

    @Test
    void valuesAndValuesListReadTheUnionsRows() {
        QuerySet<Event> both = cup.unionAll(rankOne).orderBy("name", "-id");
        assertEquals(List.of("Final", "Final", "Semi_Final"), both.valuesListFlat("name"));
        assertEquals(List.of(List.of("Final", new BigDecimal("10.25")), List.of("Final", new BigDecimal("10.25")),
                List.of("Semi_Final", new BigDecimal("9.50"))), both.valuesList("name", "prize"));
        List<Map<String, Object>> rows = cup.union(opener).orderBy("name").values("name", "tournament", "status");
        assertEquals(Map.of("name", "Opener", "tournament", f.league.id, "status", Event.Status.PLANNED), rows.get(1));
        assertEquals(List.of("Final", "Opener", "Semi_Final"),
                cup.union(opener).orderBy("name").values(Map.of("title", "name")).stream().map(r -> r.get("title")).toList());
        assertTrue(cup.union(opener).values().getFirst().containsKey("prize"), "no argument: every field");
        record Row(String name, @dev.tortoise.Path("tournament") int cupId) { }
        assertEquals(List.of(new Row("Final", f.cup.id), new Row("Opener", f.league.id)),
                cup.union(opener).orderBy("name").limit(2).values(Row.class));
    }

    @Test
    void streamsExplainsAndRunsOnTheConnectionAsked() {
        QuerySet<Event> union = cup.union(opener).orderBy("name");
        try (Stream<Event> events = union.stream()) {
            assertEquals(List.of("Final", "Opener", "Semi_Final"), events.map(e -> e.name).toList());
        }
        assertFalse(union.explain().isBlank());
        assertEquals(3, union.usingDb("default").count());
        // A side's relations are only filters: the sides' own joins stay inside their SELECTs.
        assertEquals(List.of("Final", "Semi_Final"),
                names(f.cup.events.all().union(Event.objects.filter("participants__name", "Red")).orderBy("name")));
    }

    @Test
    void onlyTheSameFieldsOnEverySide() {
        List<Event> partial = cup.only("name", "rank").union(opener.only("rank", "name")).orderBy("name").list();
        assertEquals(List.of("Final", "Opener", "Semi_Final"), partial.stream().map(e -> e.name).toList());
        assertEquals(2, partial.get(2).rank, "the columns line up whatever order only() named them in");
        assertNull(partial.getFirst().prize, "fields not loaded stay unset");
        assertEquals(List.of(List.of("Semi_Final", 2)),
                cup.only("name", "rank").union(opener.only("rank", "name")).orderBy("-name").limit(1).valuesList("name", "rank"));

        List<Event> keyed = cup.only("name", "tournament").unionAll(opener.only("tournament", "name")).orderBy("name").list();
        assertEquals(List.of(f.cup.id, f.league.id, f.cup.id), keyed.stream().map(e -> e.tournament.id).toList(),
                "only() may name a foreign key");

        ParamsException e = assertThrows(ParamsException.class, () -> cup.only("name").union(opener).list());
        assertTrue(e.getMessage().startsWith("union() needs the same fields on every side, but one side of this Event"
                + " union loads [id, name] and another [id, name,"), e.getMessage());
        assertTrue(e.getMessage().endsWith("(all); call only() with the same fields on each side, or on none"), e.getMessage());
        FieldException notLoaded = assertThrows(FieldException.class,
                () -> cup.only("name").union(opener.only("name")).orderBy("rank").list());
        assertEquals("Cannot order a union of Event query sets by 'rank': only() on the sides does not load it;"
                + " order by one of the model's own fields: [id, name]", notLoaded.getMessage());
    }

    @Test
    void defaultOrderingAndPrefetchApplyToTheUnion() {
        Player.objects.create(p -> { p.name = "b"; p.score = 1; });
        Player.objects.create(p -> { p.name = "a"; p.score = 1; });
        Player.objects.create(p -> { p.name = "c"; p.score = 5; });
        List<String> players = Player.objects.filter("score", 1).union(Player.objects.filter("name", "c")).list()
                .stream().map(p -> p.name).toList();
        assertEquals(List.of("c", "a", "b"), players, "the model's ordering (-score, name) orders the union");

        try (SqlCapture sql = SqlCapture.start()) {
            List<Event> events = cup.union(opener).orderBy("name").prefetchRelated("participants").list();
            assertEquals(2, sql.count(), "the union, then one query for the prefetch: " + sql);
            sql.reset();
            assertEquals(2, events.getFirst().participants.list().size());
            assertEquals(0, events.get(1).participants.list().size());
            assertEquals(0, sql.count(), sql.toString());
        }
    }

    @Test
    void oneStatementWithEverySidesParametersInOrder() {
        QuerySet<Event> leagueTop = Event.objects.filter("tournament__name", "League 50%_off").orderBy("-prize").limit(1);
        QuerySet<Event> union = Event.objects.filter("name", "Final").unionAll(leagueTop).orderBy("name").limit(5);
        try (SqlCapture sql = SqlCapture.start()) {
            assertEquals(List.of("Final", "Opener"), names(union));
            assertEquals(1, sql.count(), sql.toString());
            String event = q("event");
            String columns = String.join(",", List.of("id", "name", "prize", "rank", "status", "start", "modified",
                    "reporter_id", "tournament_id").stream().map(c -> event + "." + q(c)).toList());
            String prize = event + "." + q("prize");
            String side = "SELECT " + columns + " FROM " + event;
            String expected = "SELECT * FROM (" + side + " WHERE " + event + "." + q("name") + "=? UNION ALL SELECT * FROM ("
                    + side + " LEFT OUTER JOIN " + q("tournament") + " " + q("event__tournament") + " ON " + event + "."
                    + q("tournament_id") + "=" + q("event__tournament") + "." + q("id") + " WHERE " + q("event__tournament")
                    + "." + q("name") + "=? ORDER BY " + (dialect().equals("sqlite") ? "CAST(" + prize + " AS NUMERIC)" : prize)
                    + " DESC LIMIT ?) " + q("_u1") + ") " + q("_union") + " ORDER BY " + q("_union") + "." + q("name")
                    + " ASC LIMIT ?";
            assertEquals(expected, sql.statements().getFirst());
            assertEquals(expected, union.sql());
        }
    }

    @Test
    void whatCannotFollowAUnion() {
        QuerySet<Event> union = cup.union(opener);
        assertRefused("filter()/exclude() cannot follow union() on Event: filter each side before combining them,"
                + " as in a.filter(...).union(b.filter(...))", () -> union.filter("name", "Final"));
        assertRefused("filter()/exclude() cannot follow union() on Event: filter each side before combining them,"
                + " as in a.filter(...).union(b.filter(...))", () -> union.exclude(Q.of("name", "Final")));
        assertRefused("filter()/exclude() cannot follow union() on Event: filter each side before combining them,"
                + " as in a.filter(...).union(b.filter(...))", () -> union.contains(f.finale));
        assertRefused("annotate() cannot follow union() on Event: a union combines rows of the model's own columns;"
                + " annotate or group a query of the model instead", () -> union.annotate("n", Count.of("participants")));
        assertRefused("groupBy() cannot follow union() on Event: a union combines rows of the model's own columns;"
                + " annotate or group a query of the model instead", () -> union.groupBy("name"));
        assertRefused("selectRelated() cannot follow union() on Event: a union's rows hold the model's own columns only;"
                + " load relations with prefetchRelated() on the union", () -> union.selectRelated("tournament"));
        assertRefused("only() cannot follow union() on Event: call only() with the same fields on each side",
                () -> union.only("name"));
        assertRefused("distinct() cannot follow union() on Event: union() already removes duplicate rows (unionAll()"
                + " keeps them)", union::distinct);
        assertRefused("selectForUpdate() cannot follow union() on Event: lock the rows with a selectForUpdate() query"
                + " of the model", union::selectForUpdate);
        assertRefused("update() cannot follow union() on Event: a union's rows are read, not written; update() the"
                + " query set of each side instead", () -> union.update(Map.of("rank", 3)));
        assertRefused("delete() cannot follow union() on Event: a union's rows are read, not written; delete() the"
                + " query set of each side instead", union::delete);
        assertEquals(3, Event.objects.count(), "nothing was written");
    }

    @Test
    void whatASideCannotBe() {
        @SuppressWarnings({"unchecked", "rawtypes"})
        QuerySet<Event> tournaments = (QuerySet) Tournament.objects.all();
        assertRefused("union() combines query sets of one model: a QuerySet<Event> cannot take a QuerySet<Tournament>",
                () -> cup.union(tournaments));
        assertRefused("unionAll() takes query sets that read the model's own columns, but a side of this Event union"
                + " uses annotate() [n]; combine query sets without annotations or grouping",
                () -> cup.unionAll(opener.annotate("n", Count.of("participants"))));
        assertRefused("union() takes query sets that read the model's own columns, but a side of this Event union uses"
                + " selectRelated() [tournament]; call prefetchRelated() on the union to load relations",
                () -> cup.selectRelated("tournament").union(opener));
        assertRefused("union(): prefetchRelated() [participants] on a side of a Event union is not supported; call"
                + " prefetchRelated() on the union", () -> cup.union(opener.prefetchRelated("participants")));
        assertRefused("union() takes query sets that read the model's own columns, but a side of this Event union uses"
                + " selectForUpdate(); lock the rows with a selectForUpdate() query of the model",
                () -> cup.union(opener.selectForUpdate()));
        assertRefused("union() runs on one connection, but its sides name 'default' and 'other' with usingDb(); call"
                + " usingDb() once, on the union", () -> cup.usingDb("default").union(opener.usingDb("other")));
        assertEquals(List.of("Final", "Opener", "Semi_Final"),
                names(cup.usingDb("default").union(opener).orderBy("name")), "one side's connection is the union's");
    }

    @Test
    void orderingAndValuesNameTheModelsOwnFields() {
        QuerySet<Event> union = cup.union(opener);
        FieldException relation = assertThrows(FieldException.class, () -> union.orderBy("tournament__name").list());
        assertTrue(relation.getMessage().startsWith("Cannot order a union of Event query sets by 'tournament__name': it"
                + " goes through a relation, and a union's rows hold only the model's own columns; order by one of the"
                + " model's own fields: [id, name, "), relation.getMessage());
        FieldException m2m = assertThrows(FieldException.class, () -> union.orderBy("-participants").first());
        assertTrue(m2m.getMessage().startsWith("Cannot order a union of Event query sets by 'participants': it goes"
                + " through a relation"), m2m.getMessage());
        FieldException unknown = assertThrows(FieldException.class, () -> union.orderBy("nope").list());
        assertTrue(unknown.getMessage().startsWith("Cannot order a union of Event query sets by 'nope': Event has no"
                + " field 'nope'; order by one of the model's own fields: [id, name, "), unknown.getMessage());
        FieldException values = assertThrows(FieldException.class, () -> union.values("tournament__name"));
        assertTrue(values.getMessage().startsWith("Cannot read 'tournament__name' from a union of Event query sets: it"
                + " goes through a relation, and a union's rows hold only the model's own columns; name one of the"
                + " model's own fields: [id, name, "), values.getMessage());
        assertEquals(List.of("Semi_Final", "Final", "Opener"), names(union.orderBy("tournament", "-name")),
                "a foreign key orders by its key column");
    }

    private static void assertRefused(String message, Supplier<?> call) {
        ParamsException e = assertThrows(ParamsException.class, call::get);
        assertEquals(message, e.getMessage());
    }

    @Test
    void aggregateOfAUnionIsRefused() {
        dev.tortoise.exceptions.ParamsException e = assertThrows(dev.tortoise.exceptions.ParamsException.class,
                () -> Event.objects.filter("rank", 1).union(Event.objects.filter("rank", 2))
                        .aggregate(java.util.Map.of("n", dev.tortoise.functions.Count.of("id"))));
        assertTrue(e.getMessage().startsWith("aggregate() cannot read a union"), e.getMessage());
    }
}
