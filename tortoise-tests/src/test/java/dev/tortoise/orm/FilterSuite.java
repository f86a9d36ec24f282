package dev.tortoise.orm;

import dev.tortoise.F;
import dev.tortoise.Q;
import dev.tortoise.exceptions.FieldException;
import dev.tortoise.exceptions.ParamsException;
import dev.tortoise.orm.models.Event;
import dev.tortoise.orm.models.Team;
import dev.tortoise.orm.models.Tournament;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.tortoise.orm.QueryFixture.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every lookup of upstream's §7, traversal across relations, Q and F, on rows checked in the database. */
class FilterSuite extends OrmTestBase {
    QueryFixture f;

    @BeforeEach
    void seed() {
        f = QueryFixture.create();
    }

    List<String> where(String lookup, Object value) {
        return names(Event.objects.filter(lookup, value).list());
    }

    @Test
    void exactAndNotTreatNullLikeUpstream() {
        assertEquals(List.of("Final"), where("rank", 1));
        assertEquals(List.of("Final"), where("rank__exact", 1));
        assertEquals(List.of("Opener"), where("rank", null));
        assertEquals(List.of("Opener", "Semi_Final"), where("rank__not", 1));
        assertEquals(List.of("Final", "Semi_Final"), where("rank__not", null));
        assertEquals(List.of("Final"), where("pk", f.finale.id));
    }

    @Test
    void inNotInAndIsNull() {
        assertEquals(List.of("Final", "Opener"), where("id__in", List.of(f.finale.id, f.opener.id)));
        assertEquals(List.of("Final", "Opener"), where("id__in", new Integer[]{f.finale.id, f.opener.id}));
        assertEquals(List.of(), where("id__in", List.of()));
        assertEquals(List.of("Opener", "Semi_Final"), where("rank__not_in", List.of(1)));
        assertEquals(List.of("Final", "Opener", "Semi_Final"), where("rank__not_in", List.of()));
        assertEquals(List.of("Opener"), where("prize__isnull", true));
        assertEquals(List.of("Final", "Semi_Final"), where("prize__isnull", false));
        assertEquals(List.of("Final", "Semi_Final"), where("prize__not_isnull", true));
        assertEquals(List.of("Final", "Opener", "Semi_Final"), where("status__in", List.of(Event.Status.PLANNED, "DONE")));
        assertEquals(List.of("Final", "Opener"), where("reporter__isnull", false));
        assertEquals(List.of("Final", "Semi_Final"), where("status", Event.Status.DONE));
    }

    @Test
    void comparisonsAndRange() {
        assertEquals(List.of("Semi_Final"), where("rank__gt", 1));
        assertEquals(List.of("Final", "Semi_Final"), where("rank__gte", 1));
        assertEquals(List.of(), where("rank__lt", 1));
        assertEquals(List.of("Final"), where("rank__lte", 1));
        assertEquals(List.of("Final", "Semi_Final"), where("rank__range", List.of(1, 2)));
        assertEquals(List.of("Final"), where("name__gt", "Cup").stream().filter(n -> n.equals("Final")).toList());
    }

    @Test
    void decimalsCompareAsNumbers() {
        assertEquals(List.of("Final"), where("prize__gt", new BigDecimal("9.9")));
        assertEquals(List.of("Semi_Final"), where("prize", new BigDecimal("9.5")));
        assertEquals(List.of("Final", "Semi_Final"), where("prize__range", List.of(new BigDecimal("9"), new BigDecimal("11"))));
        List<String> ordered = Event.objects.filter("prize__isnull", false).orderBy("prize").list().stream().map(e -> e.name).toList();
        assertEquals(List.of("Semi_Final", "Final"), ordered);
    }

    @Test
    void textLookupsTakeWildcardsLiterallyAndMindCase() {
        assertEquals(List.of("Final", "Semi_Final"), where("name__contains", "Final"));
        assertEquals(List.of(), where("name__contains", "final"));
        assertEquals(List.of("Final", "Semi_Final"), where("name__icontains", "fINAL"));
        assertEquals(List.of("Semi_Final"), where("name__startswith", "Semi"));
        assertEquals(List.of(), where("name__startswith", "semi"));
        assertEquals(List.of("Semi_Final"), where("name__istartswith", "semi"));
        assertEquals(List.of("Final", "Semi_Final"), where("name__endswith", "nal"));
        assertEquals(List.of("Final", "Semi_Final"), where("name__iendswith", "NAL"));
        assertEquals(List.of("Final"), where("name__iexact", "fInAl"));
        assertEquals(List.of("Semi_Final"), where("name__contains", "_"));
        assertEquals(List.of("Semi_Final"), where("name__icontains", "i_f"));
        assertEquals(List.of(), where("name__contains", "%"));
        assertEquals(List.of("League 50%_off"),
                Tournament.objects.filter("name__contains", "50%_").list().stream().map(t -> t.name).toList());
        assertEquals(List.of("League 50%_off"),
                Tournament.objects.filter("name__iendswith", "%_OFF").list().stream().map(t -> t.name).toList());
        assertEquals(List.of("Final"), where("rank__contains", "1"));
        // Every backend, SQLite through the function Tortoise registers (issue 14).
        assertEquals(List.of("Semi_Final"), where("name__posix_regex", "^S.*l$"));
        assertEquals(List.of(), where("name__posix_regex", "^s"));
        assertEquals(List.of("Final", "Semi_Final"), where("name__posix_regex", "al$"), "searched, not anchored");
        assertEquals(List.of("Semi_Final"), where("name__iposix_regex", "^s.*L$"));
        assertEquals(List.of("Final", "Semi_Final"), where("name__iposix_regex", "FINAL"));
        assertEquals(List.of(), where("name__posix_regex", "FINAL"));
    }

    @Test
    void dateParts() {
        assertEquals(List.of("Final", "Semi_Final"), where("start__year", 2024));
        assertEquals(List.of("Final", "Semi_Final"), where("start__month", 7));
        assertEquals(List.of("Final"), where("start__day", 14));
        assertEquals(List.of("Semi_Final"), where("start__hour", 18));
        assertEquals(List.of("Semi_Final"), where("start__minute", 30));
        assertEquals(List.of("Opener"), where("start__second", 5));
        assertEquals(List.of("Final", "Semi_Final"), where("start__quarter", 3));
        assertEquals(List.of("Final", "Semi_Final"), where("start__week", 28));
        assertEquals(List.of("Opener"), where("start__week", 1));
        assertEquals(List.of("Final", "Semi_Final"), where("start__year__gte", 2024));
        assertEquals(List.of("Opener"), where("start__year__in", List.of(2022, 2023)));
    }

    @Test
    void traversalAcrossRelations() {
        assertEquals(List.of("Final", "Semi_Final"), where("tournament__name", "World Cup"));
        assertEquals(List.of("Opener"), where("tournament__name__icontains", "league"));
        assertEquals(List.of("World Cup"), Tournament.objects.filter("events__name", "Final").list().stream().map(t -> t.name).toList());
        assertEquals(List.of("Final", "Semi_Final"), where("participants__name", "Red"));
        assertEquals(List.of("Final"), where("participants__name", "Blue"));
        assertEquals(List.of("Blue", "Red"), Team.objects.filter("events__name", "Final").list().stream().map(t -> t.name).sorted().toList());
        assertEquals(List.of("World Cup"), Tournament.objects.filter("events__participants__name", "Blue").list().stream()
                .map(t -> t.name).toList());
        assertEquals(List.of("Final", "Opener"), where("reporter__name", "Ann"));
        assertEquals(List.of("Final"), where("tournament__events__name__startswith", "Semi").stream().filter("Final"::equals).toList());
    }

    @Test
    void modelInstancesAndKeysAsValues() {
        assertEquals(List.of("Final", "Semi_Final"), where("tournament", f.cup));
        assertEquals(List.of("Final", "Semi_Final"), where("tournament_id", f.cup.id));
        assertEquals(List.of("Final", "Semi_Final"), where("tournament__id", f.cup.id));
        assertEquals(List.of("Final", "Opener", "Semi_Final"), where("tournament__in", List.of(f.cup, f.league)));
        assertEquals(List.of("Final", "Semi_Final"), where("participants", f.red));
        assertEquals(List.of("World Cup"), Tournament.objects.filter("events", f.semi).list().stream().map(t -> t.name).toList());
    }

    @Test
    void qCombinesWithAndOrNot() {
        assertEquals(List.of("Final", "Opener"), names(Event.objects.filter(Q.of("rank", 1).or(Q.of("name", "Opener"))).list()));
        assertEquals(List.of("Semi_Final"), names(Event.objects.filter(Q.of("rank", 1).or(Q.of("name", "Opener")).not()).list()));
        assertEquals(List.of("Final"), names(Event.objects.filter(Q.of("tournament", f.cup).and(Q.of("rank__lt", 2))).list()));
        assertEquals(List.of("Opener", "Semi_Final"), names(Event.objects.exclude("name", "Final").list()));
        assertEquals(List.of("Semi_Final"), names(Event.objects.filter("tournament", f.cup).exclude(Q.of("rank", 1)).list()));
    }

    @Test
    void fComparesColumnsAndComputesUpdates() {
        assertEquals(List.of("Final", "Semi_Final"), where("rank__gt", F.of("rank").minus(1)));
        assertEquals(List.of("Final", "Semi_Final"), where("rank__lt", F.of("id").plus(F.of("rank")).plus(1000)));
        assertEquals(2, Event.objects.filter("rank__isnull", false).update(java.util.Map.of("rank", F.of("rank").times(10).plus(1))));
        assertEquals(List.of(11, 21), Event.objects.filter("rank__isnull", false).orderBy("rank").valuesList("rank").stream()
                .map(r -> r.getFirst()).toList());
    }

    @Test
    void unknownFieldsAndLookupsAreNamed() {
        FieldException field = assertThrows(FieldException.class, () -> Event.objects.filter("nope", 1).list());
        assertTrue(field.getMessage().startsWith("Unknown filter param 'nope'. Allowed base values are ["), field.getMessage());
        assertTrue(field.getMessage().contains("tournament") && field.getMessage().contains("participants"), field.getMessage());
        FieldException deep = assertThrows(FieldException.class, () -> Event.objects.filter("tournament__nope", 1).list());
        assertTrue(deep.getMessage().contains("'tournament__nope'") && deep.getMessage().contains("Tournament has no field 'nope'"),
                deep.getMessage());
        FieldException lookup = assertThrows(FieldException.class, () -> Event.objects.filter("name__bogus", 1).count());
        assertTrue(lookup.getMessage().contains("'bogus' is not a lookup of Event.name"), lookup.getMessage());
        assertTrue(lookup.getMessage().contains("icontains"), lookup.getMessage());
        FieldException part = assertThrows(FieldException.class, () -> Event.objects.filter("name__year", 1).count());
        assertTrue(part.getMessage().contains("date, time and datetime"), part.getMessage());
    }
}
