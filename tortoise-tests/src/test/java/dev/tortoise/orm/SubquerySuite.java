package dev.tortoise.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tortoise.OuterRef;
import dev.tortoise.Subquery;
import dev.tortoise.exceptions.ParamsException;
import dev.tortoise.junit.SqlCapture;
import dev.tortoise.orm.models.Event;
import dev.tortoise.orm.models.Tournament;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Subqueries (issue 14): {@code IN}, scalar comparisons, annotations and {@code EXISTS}, correlated
 * with {@code OuterRef} (also on the same table), each one statement, on every backend.
 */
class SubquerySuite extends OrmTestBase {
    private QueryFixture f;

    @BeforeEach
    void fixture() {
        f = QueryFixture.create();
    }

    @Test
    void inASubqueryIsOneStatement() {
        try (SqlCapture sql = SqlCapture.start()) {
            List<Object> names = Tournament.objects
                    .filter("id__in", Subquery.of(Event.objects.filter("prize__gt", 10), "tournament"))
                    .valuesListFlat("name");
            assertEquals(List.of("World Cup"), names);
            assertEquals(1, sql.count());
            assertTrue(sql.statements().getFirst().contains(" IN (SELECT "), sql.statements().getFirst());
        }
        List<Object> others = Tournament.objects
                .filter("id__not_in", Subquery.of(Event.objects.filter("prize__gt", 10), "tournament"))
                .valuesListFlat("name");
        assertEquals(List.of("League 50%_off"), others);
    }

    @Test
    void aLimitedSubqueryInAnInList() {
        List<Object> names = Event.objects
                .filter("id__in", Subquery.of(Event.objects.orderBy("-rank").filter("rank__isnull", false).limit(1), "id"))
                .valuesListFlat("name");
        assertEquals(List.of("Semi_Final"), names);
    }

    @Test
    void aCorrelatedSubqueryAsAnnotationAndComparison() {
        Map<Object, Object> top = new java.util.HashMap<>();
        for (Map<String, Object> row : Tournament.objects.annotate("top", Subquery.of(Event.objects
                .filter("tournament", OuterRef.of("id")).orderBy("-rank").limit(1), "name")).values("name", "top")) {
            top.put(row.get("name"), row.get("top"));
        }
        assertEquals(Map.of("World Cup", "Semi_Final", "League 50%_off", "Opener"), top);
        // the same table inside and outside: the best-paid event of each tournament
        List<Object> best = Event.objects.filter("prize__gte", Subquery.of(Event.objects
                .filter("tournament", OuterRef.of("tournament")).filter("prize__isnull", false).orderBy("-prize")
                .limit(1), "prize")).valuesListFlat("name");
        assertEquals(List.of("Final"), best);
    }

    @Test
    void existsAndNotExists() {
        try (SqlCapture sql = SqlCapture.start()) {
            List<Object> withBig = Tournament.objects.filter(Subquery.exists(Event.objects
                    .filter("tournament", OuterRef.of("id")).filter("prize__gt", 10))).valuesListFlat("name");
            assertEquals(List.of("World Cup"), withBig);
            assertTrue(sql.statements().getFirst().contains("EXISTS (SELECT 1 FROM "), sql.statements().getFirst());
        }
        List<Object> without = Tournament.objects.filter(Subquery.exists(Event.objects
                .filter("tournament", OuterRef.of("id")).filter("prize__gt", 10)).not()).valuesListFlat("name");
        assertEquals(List.of("League 50%_off"), without);
        assertEquals(0, Tournament.objects.filter(Subquery.exists(Event.objects.filter("name", "none"))).count());
    }

    @Test
    void outerRefOutsideASubqueryIsRefused() {
        ParamsException e = assertThrows(ParamsException.class,
                () -> Event.objects.filter("tournament", OuterRef.of("id")).list());
        assertEquals("OuterRef.of(\"id\") refers to the enclosing query's row, so it is valid only inside a Subquery"
                + " (Subquery.of or Subquery.exists)", e.getMessage());
    }
}
