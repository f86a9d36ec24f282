package dev.tortoise.orm;

import dev.tortoise.QuerySet;
import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.exceptions.FieldException;
import dev.tortoise.exceptions.IntegrityException;
import dev.tortoise.exceptions.OperationalException;
import dev.tortoise.exceptions.ParamsException;
import dev.tortoise.functions.Avg;
import dev.tortoise.functions.Count;
import dev.tortoise.functions.Max;
import dev.tortoise.functions.Min;
import dev.tortoise.functions.Sum;
import dev.tortoise.orm.models.Event;
import dev.tortoise.orm.models.Player;
import dev.tortoise.orm.models.Tournament;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ordering, slicing, distinct, values, counting, bulk update/delete, annotations, only, locks and sql(). */
class QuerySetSuite extends OrmTestBase {
    QueryFixture f;

    @BeforeEach
    void seed() {
        f = QueryFixture.create();
    }

    static List<String> names(List<Event> events) {
        return events.stream().map(e -> e.name).toList();
    }

    @Test
    void orderingByFieldsRelationsAndDefault() {
        assertEquals(List.of("Final", "Semi_Final", "Opener"), names(Event.objects.all().orderBy("-start").list()));
        assertEquals(List.of("Semi_Final", "Final", "Opener"),
                names(Event.objects.all().orderBy("-tournament__name", "start").list()));
        assertEquals(List.of("Opener", "Final", "Semi_Final"), names(Event.objects.all().orderBy("tournament__name", "-start").list()));
        Player.objects.create(p -> { p.name = "b"; p.score = 1; });
        Player.objects.create(p -> { p.name = "a"; p.score = 1; });
        Player.objects.create(p -> { p.name = "c"; p.score = 5; });
        assertEquals(List.of("c", "a", "b"), Player.objects.all().list().stream().map(p -> p.name).toList());
        assertEquals(List.of("a", "b", "c"), Player.objects.all().orderBy("name").list().stream().map(p -> p.name).toList());
        FieldException e = assertThrows(FieldException.class, () -> Event.objects.all().orderBy("-nope").list());
        assertTrue(e.getMessage().startsWith("Unknown field nope for model Event"), e.getMessage());
    }

    @Test
    void lastLatestEarliestContainsAndFlatValues() {
        assertEquals("Final", Event.objects.all().orderBy("-start").first().orElseThrow().name);
        assertEquals("Opener", Event.objects.all().orderBy("-start").last().orElseThrow().name);
        assertEquals("Final", Event.objects.all().latest("start").orElseThrow().name);
        assertEquals("Opener", Event.objects.all().earliest("start").orElseThrow().name);
        assertEquals("Opener", Event.objects.all().latest("-start").orElseThrow().name, "a minus counts the other way");
        assertEquals(Event.objects.all().orderBy("-pk").first().orElseThrow().name, Event.objects.all().last().orElseThrow().name,
                "without an ordering, last() is the highest primary key");
        Player.objects.create(p -> { p.name = "b"; p.score = 1; });
        Player.objects.create(p -> { p.name = "c"; p.score = 5; });
        assertEquals("b", Player.objects.all().last().orElseThrow().name, "the reverse of the default ordering");
        assertTrue(Event.objects.filter("name", "Nope").last().isEmpty());
        assertTrue(Event.objects.filter("name", "Nope").latest("start").isEmpty());
        ParamsException none = assertThrows(ParamsException.class, () -> Event.objects.all().latest());
        assertEquals("latest() needs at least one field to order by, for example latest(\"created\")", none.getMessage());

        Event opener = Event.objects.get("name", "Opener");
        assertTrue(Event.objects.all().contains(opener));
        assertFalse(Event.objects.filter("name__startswith", "F").contains(opener));
        Event unsaved = new Event();
        ParamsException e = assertThrows(ParamsException.class, () -> Event.objects.all().contains(unsaved));
        assertEquals("contains() cannot look for an unsaved Event: save() it first", e.getMessage());

        assertEquals(List.of("Final", "Opener", "Semi_Final"), Event.objects.all().orderBy("name").valuesListFlat("name"));
        assertEquals(List.of(), Event.objects.filter("name", "Nope").valuesListFlat("name"));
    }

    @Test
    void valuesWithAliases() {
        Map<String, Object> aliases = new java.util.LinkedHashMap<>();
        aliases.put("event", "name");
        aliases.put("cup", "tournament__name");
        assertEquals(List.of(Map.of("event", "Final", "cup", "World Cup"), Map.of("event", "Opener", "cup", "League 50%_off")),
                Event.objects.filter("name__in", List.of("Final", "Opener")).orderBy("name").values(aliases));
        assertEquals(List.of("event", "cup"), List.copyOf(Event.objects.all().limit(1).values(aliases).getFirst().keySet()),
                "keys in the order given");
        ParamsException e = assertThrows(ParamsException.class, () -> Event.objects.all().values(Map.of("n", 5)));
        assertEquals("values(Map): the value of 'n' must be a field path such as \"tournament__name\" or an Expression such as Upper.of(\"name\"), got Integer 5",
                e.getMessage());
    }

    @Test
    void limitAndOffset() {
        assertEquals(List.of("Final", "Opener"), names(Event.objects.all().orderBy("name").limit(2).list()));
        assertEquals(List.of("Opener", "Semi_Final"), names(Event.objects.all().orderBy("name").offset(1).list()));
        assertEquals(List.of("Opener"), names(Event.objects.all().orderBy("name").offset(1).limit(1).list()));
        assertEquals(1, Event.objects.all().limit(1).count());
        assertEquals(2, Event.objects.all().offset(1).count());
        ParamsException e = assertThrows(ParamsException.class, () -> Event.objects.all().limit(-1));
        assertTrue(e.getMessage().startsWith("Limit should be non-negative number"), e.getMessage());
        assertThrows(ParamsException.class, () -> Event.objects.all().offset(-1));
    }

    @Test
    void distinctRemovesRepeatsOfJoinedRows() {
        assertEquals(2, Tournament.objects.filter("events__name__in", List.of("Final", "Semi_Final")).list().size());
        assertEquals(1, Tournament.objects.filter("events__name__in", List.of("Final", "Semi_Final")).distinct().list().size());
        assertEquals(1, Tournament.objects.filter("events__name__in", List.of("Final", "Semi_Final")).distinct().count());
    }

    @Test
    void valuesAndValuesListFollowRelations() {
        List<Map<String, Object>> rows = Event.objects.all().orderBy("name").values("name", "tournament__name", "prize");
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("name", "Final");
        first.put("tournament__name", "World Cup");
        first.put("prize", new BigDecimal("10.25"));
        assertEquals(first, rows.getFirst());
        assertEquals(List.of("name", "tournament__name", "prize"), List.copyOf(rows.getFirst().keySet()));
        Map<String, Object> all = Event.objects.filter("name", "Opener").values().getFirst();
        assertEquals(f.league.id, all.get("tournament_id"));
        assertEquals(Event.Status.PLANNED, all.get("status"));
        assertNull(all.get("prize"));
        assertEquals(List.of(List.of("Final", "Red"), List.of("Final", "Blue")),
                Event.objects.filter("name", "Final").orderBy("-participants__name").valuesList("name", "participants__name"));
        assertEquals(List.of(List.of("World Cup", 2L), List.of("League 50%_off", 1L)),
                Tournament.objects.all().annotate("n", Count.of("events")).orderBy("-n").valuesList("name", "n"));
        FieldException e = assertThrows(FieldException.class, () -> Event.objects.all().values("nope"));
        assertTrue(e.getMessage().startsWith("Unknown field nope for model Event"), e.getMessage());
    }

    @Test
    void countExistsAndFirst() {
        assertEquals(3, Event.objects.count());
        assertEquals(2, Event.objects.filter("tournament", f.cup).count());
        assertTrue(Event.objects.exists());
        assertFalse(Event.objects.filter("name", "none").exists());
        assertEquals("Final", Event.objects.all().orderBy("name").first().orElseThrow().name);
        assertEquals(f.finale.id, Event.objects.first().orElseThrow().id);
        assertTrue(Event.objects.filter("name", "none").first().isEmpty());
    }

    @Test
    void updateAndDeleteReturnRowCounts() {
        assertEquals(2, Event.objects.filter("tournament", f.cup).update(Map.of("status", Event.Status.RUNNING)));
        assertEquals(2, Event.objects.filter("status", Event.Status.RUNNING).count());
        assertEquals(1, Event.objects.filter("tournament__name", "League 50%_off").update(Map.of("rank", 9, "tournament", f.cup)));
        assertEquals(3, Event.objects.filter("tournament", f.cup).count());
        assertEquals(2, Event.objects.filter("participants__name", "Red").delete());
        assertEquals(List.of("Opener"), names(Event.objects.all().list()));
        assertEquals(0, Event.objects.filter("name", "none").delete());
        IntegrityException pk = assertThrows(IntegrityException.class, () -> Event.objects.all().update(Map.of("id", 5)));
        assertTrue(pk.getMessage().startsWith("Field id is PK and can not be updated"), pk.getMessage());
        FieldException unknown = assertThrows(FieldException.class, () -> Event.objects.all().update(Map.of("nope", 5)));
        assertTrue(unknown.getMessage().startsWith("Unknown keyword argument nope for model Event"), unknown.getMessage());
        FieldException virtual = assertThrows(FieldException.class, () -> Event.objects.all().update(Map.of("participants", 5)));
        assertTrue(virtual.getMessage().startsWith("Field participants is virtual and can not be updated"), virtual.getMessage());
    }

    @Test
    void updateAndDeleteWithOrderAndLimit() {
        assertEquals(1, Event.objects.all().orderBy("name").limit(1).update(Map.of("rank", 100)));
        assertEquals(100, Event.objects.get("name", "Final").rank);
        assertEquals(2, Event.objects.all().orderBy("-name").limit(2).delete());
        assertEquals(List.of("Final"), names(Event.objects.all().list()));
    }

    @Test
    void annotateWithAggregatesAndGroupBy() {
        List<Map<String, Object>> counts = Tournament.objects.all().annotate("events_count", Count.of("events"))
                .orderBy("name").values("name", "events_count");
        assertEquals(List.of(Map.of("name", "League 50%_off", "events_count", 1L), Map.of("name", "World Cup", "events_count", 2L)),
                counts);
        assertEquals(List.of("World Cup"), Tournament.objects.all().annotate("n", Count.of("events")).filter("n__gt", 1)
                .list().stream().map(t -> t.name).toList());
        Map<String, Object> stats = Tournament.objects.filter("name", "World Cup")
                .annotate("total", Sum.of("events__prize")).annotate("avg_rank", Avg.of("events__rank"))
                .annotate("low", Min.of("events__prize")).annotate("high", Max.of("events__prize"))
                .annotate("ranks", Sum.of("events__rank")).values("total", "avg_rank", "low", "high", "ranks").getFirst();
        assertEquals(0, new BigDecimal("19.75").compareTo((BigDecimal) stats.get("total")), stats.toString());
        assertEquals(1.5, (Double) stats.get("avg_rank"), 1e-9);
        assertEquals(new BigDecimal("9.50"), stats.get("low"));
        assertEquals(new BigDecimal("10.25"), stats.get("high"));
        assertEquals(3L, stats.get("ranks"));
        List<List<Object>> grouped = Event.objects.all().annotate("n", Count.of("id")).groupBy("status")
                .orderBy("status").valuesList("status", "n");
        assertEquals(List.of(List.of(Event.Status.DONE, 2L), List.of(Event.Status.PLANNED, 1L)), grouped);
        assertEquals(2, Event.objects.all().annotate("n", Count.of("id")).groupBy("status").count());
        Tournament busiest = Tournament.objects.all().annotate("n", Count.of("events")).orderBy("-n").first().orElseThrow();
        assertEquals("World Cup", busiest.name);
        assertTrue(Tournament.objects.all().annotate("n", Count.of("events")).filter("n__gt", 1).exists());
        assertFalse(Tournament.objects.all().annotate("n", Count.of("events")).filter("n__gt", 2).exists());
        assertEquals(1, Tournament.objects.all().annotate("n", Count.of("events")).filter("n", 1)
                .update(Map.of("name", "Small")));
        assertEquals(1, Tournament.objects.all().annotate("n", Count.of("events")).filter("n__gt", 1).delete());
        assertEquals(List.of("Small"), Tournament.objects.all().list().stream().map(t -> t.name).toList());
    }

    @Test
    void onlyLoadsPartialInstances() {
        Event partial = Event.objects.filter("name", "Final").only("name").get();
        assertEquals(f.finale.id, partial.id);
        assertEquals("Final", partial.name);
        assertNull(partial.rank);
        OperationalException e = assertThrows(OperationalException.class, partial::save);
        assertTrue(e.getMessage().contains("partial model"), e.getMessage());
        partial.name = "Finale";
        partial.save("name");
        Event full = Event.objects.get("id", f.finale.id);
        assertEquals("Finale", full.name);
        assertEquals(1, full.rank);
        assertEquals(f.cup.id, Event.objects.filter("name", "Finale").only("tournament").get().tournament.id);
    }

    @Test
    void selectForUpdateOfLocksTheNamedTablesOrSaysItCannot() {
        QuerySet<Event> self = Event.objects.filter("name", "Final").selectRelated("tournament")
                .selectForUpdate(false, false, "self");
        QuerySet<Event> both = Event.objects.filter("name", "Final").selectRelated("tournament")
                .selectForUpdate(false, false, "self", "tournament");
        switch (dialect()) {
            case "postgres" -> {
                String sql = self.sql();
                assertTrue(sql.endsWith(" FOR UPDATE OF \"event\""), sql);
                assertEquals(List.of("World Cup"), tortoise.inTransaction(() -> self.list().stream()
                        .map(e -> e.tournament.name).toList()));
                ParamsException outer = assertThrows(ParamsException.class, both::sql);
                assertTrue(outer.getMessage().startsWith("selectForUpdate(of) cannot lock 'tournament' on connection"
                        + " 'default' (postgres): selectRelated joins it with an outer join"), outer.getMessage());
            }
            case "sqlite" -> {
                assertFalse(both.sql().contains("FOR UPDATE"), "SQLite locks the database, not rows");
                assertEquals(1, tortoise.inTransaction(() -> self.list().size()));
            }
            default -> {
                ParamsException e = assertThrows(ParamsException.class, self::sql);
                assertTrue(e.getMessage().startsWith("selectForUpdate(of) is not available on "), e.getMessage());
            }
        }
        FieldException unknown = assertThrows(FieldException.class,
                () -> Event.objects.all().selectForUpdate(false, false, "reporter").sql());
        assertEquals("selectForUpdate(of) names 'reporter', which is neither \"self\" nor a relation joined by"
                + " selectRelated; joined: []", unknown.getMessage());
        assertThrows(ParamsException.class, () -> Event.objects.all().selectForUpdate(false, false, new String[0]));
    }

    @Test
    void selectForUpdateLocksInsideTransactions() {
        String sql = Event.objects.filter("name", "Final").selectForUpdate().sql();
        assertEquals(!dialect().equals("sqlite"), sql.endsWith(" FOR UPDATE"), sql);
        String joined = Event.objects.filter("tournament__name", "x").selectForUpdate(false, true).sql();
        if (dialect().equals("postgres")) {
            assertTrue(joined.endsWith(" FOR UPDATE OF \"event\" SKIP LOCKED"), joined);
        }
        Event locked = tortoise.inTransaction(() -> {
            Event e = Event.objects.filter("name", "Final").selectForUpdate().get();
            e.rank = 5;
            e.save();
            return e;
        });
        assertEquals(5, Event.objects.get("id", locked.id).rank);
    }

    @Test
    void sqlShowsQuotedIdentifiersAndPlaceholders() {
        String sql = Event.objects.filter("name__icontains", "o'hara").orderBy("-name").limit(5).offset(10).sql();
        assertTrue(sql.startsWith("SELECT " + q("event") + "." + q("id") + ","), sql);
        String column = q("event") + "." + q("name");
        String match = dialect().equals("sqlite") // SQLite matches bytes: its LIKE stops at a NUL
                ? "instr(CAST(UPPER(" + column + ") AS BLOB), CAST(UPPER(?) AS BLOB)) > 0"
                : "UPPER(" + column + ") LIKE UPPER(?) ESCAPE '!'";
        assertTrue(sql.contains(" FROM " + q("event") + " WHERE " + match + " ORDER BY " + column
                + " DESC LIMIT ? OFFSET ?"), sql);
        assertFalse(sql.contains("hara"), sql);
    }

    @Test
    void defaultOrderingNamesUnknownFields() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> dev.tortoise.internal.query.OrderingCheck
                .check(dev.tortoise.internal.runtime.OpenModels.meta(Player.class), List.of("-nope")));
        assertEquals("Unknown fields nope in default ordering for model Player", e.getMessage());
    }
}
