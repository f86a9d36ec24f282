package dev.tortoise.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tortoise.Case;
import dev.tortoise.F;
import dev.tortoise.Q;
import dev.tortoise.Value;
import dev.tortoise.exceptions.FieldException;
import dev.tortoise.exceptions.ParamsException;
import dev.tortoise.functions.Cast;
import dev.tortoise.functions.Coalesce;
import dev.tortoise.functions.Concat;
import dev.tortoise.functions.Count;
import dev.tortoise.functions.Function;
import dev.tortoise.functions.Length;
import dev.tortoise.functions.Lower;
import dev.tortoise.functions.Max;
import dev.tortoise.functions.Now;
import dev.tortoise.functions.Random;
import dev.tortoise.functions.Substring;
import dev.tortoise.functions.Sum;
import dev.tortoise.functions.Trim;
import dev.tortoise.functions.Upper;
import dev.tortoise.junit.SqlCapture;
import dev.tortoise.orm.models.Event;
import dev.tortoise.orm.models.Tournament;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Expressions (issue 14): functions, CASE, F arithmetic and filtered aggregates as annotations,
 * read on instances and through values, filtered (WHERE or HAVING, captured), ordered, and
 * {@code aggregate()} in one statement; each value read as the Java type the expression promises,
 * on every backend.
 */
class ExpressionSuite extends OrmTestBase {
    private QueryFixture f;

    @BeforeEach
    void fixture() {
        f = QueryFixture.create();
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    private static void assertDecimal(String expected, Object actual) {
        assertInstanceOf(BigDecimal.class, actual);
        assertEquals(0, dec(expected).compareTo((BigDecimal) actual), expected + " vs " + actual);
    }

    @Test
    void textFunctionsAreAnnotationsOnInstancesAndInValues() {
        List<Event> events = Event.objects.annotate("lower", Lower.of("name")).annotate("upper", Upper.of("name"))
                .annotate("len", Length.of("name")).orderBy("id").list();
        assertEquals(List.of("final", "semi_final", "opener"), events.stream().map(e -> e.annotation("lower")).toList());
        assertEquals("SEMI_FINAL", events.get(1).annotation("upper"));
        assertEquals(List.of(5L, 10L, 6L), events.stream().map(e -> e.annotation("len")).toList());
        List<Map<String, Object>> rows = Event.objects.annotate("len", Length.of("name")).orderBy("id").values("name", "len");
        assertEquals(Map.of("name", "Final", "len", 5L), rows.getFirst());
    }

    @Test
    void anAggregateAnnotationIsReadOnEachInstanceAndValuesMayReuseAFieldName() {
        List<Tournament> tournaments = Tournament.objects.annotate("n", Count.of("events")).orderBy("id").list();
        assertEquals(List.of(2L, 1L), tournaments.stream().map(t -> t.annotation("n")).toList());
        assertEquals("World Cup", tournaments.getFirst().name);
        List<Object> upper = Event.objects.orderBy("id").values(Map.of("name", Upper.of("name"))).stream()
                .map(row -> row.get("name")).toList();
        assertEquals(List.of("FINAL", "SEMI_FINAL", "OPENER"), upper);
    }

    @Test
    void lengthAndSubstringCountCharactersNotBytes() {
        Event.objects.create(e -> {
            e.name = "Éclair à Zürich";
            e.tournament = f.cup;
        });
        Map<String, Object> row = Event.objects.filter("name__startswith", "É")
                .values(Map.of("len", Length.of("name"), "part", Substring.of("name", 2, 5), "trimmed",
                        Trim.of(Value.of("  x y  ")))).getFirst();
        assertEquals(15L, row.get("len"));
        assertEquals("clair", row.get("part"));
        assertEquals("x y", row.get("trimmed"));
        Map<String, Object> cases = Event.objects.filter("name__startswith", "É")
                .values(Map.of("lower", Lower.of("name"), "upper", Upper.of("name"))).getFirst();
        assertEquals("éclair à zürich", cases.get("lower"));
        assertEquals("ÉCLAIR À ZÜRICH", cases.get("upper"));
    }

    @Test
    void aWhereFilterForARowExpressionAndHavingForAnAggregate() {
        try (SqlCapture sql = SqlCapture.start()) {
            List<Event> long_ = Event.objects.annotate("len", Length.of("name")).filter("len__gt", 5).orderBy("-len").list();
            assertEquals(List.of("Semi_Final", "Opener"), long_.stream().map(e -> e.name).toList());
            String select = sql.statements().getLast();
            assertTrue(select.contains(" WHERE "), select);
            assertFalse(select.contains("HAVING") || select.contains("GROUP BY"), select);
        }
        try (SqlCapture sql = SqlCapture.start()) {
            List<Object> names = Tournament.objects.annotate("n", Count.of("events")).filter("n__gte", 2)
                    .valuesListFlat("name");
            assertEquals(List.of("World Cup"), names);
            String select = sql.statements().getLast();
            assertTrue(select.contains(" HAVING COUNT("), select);
        }
    }

    @Test
    void coalesceTakesTheFirstValueThatIsNotNullTypedAsItsField() {
        Map<Object, Object> byName = new LinkedHashMap<>();
        for (Map<String, Object> row : Event.objects.annotate("p", Coalesce.of("prize", 0)).orderBy("id").values("name", "p")) {
            byName.put(row.get("name"), row.get("p"));
        }
        assertDecimal("10.25", byName.get("Final"));
        assertDecimal("0", byName.get("Opener"));
        List<Object> ranks = Event.objects.orderBy("id").values(Map.of("r", Coalesce.of("rank", Value.of(99))))
                .stream().map(r -> r.get("r")).toList();
        assertEquals(List.of(1, 2, 99), ranks);
    }

    @Test
    void concatJoinsFieldsAndBoundLiteralsWithNullAsEmptyText() {
        String hostile = "'); DROP TABLE event; --";
        List<Object> texts = Event.objects.orderBy("id").annotate("label",
                Concat.of("name", Value.of(" @ "), "tournament__name", Value.of(hostile))).valuesListFlat("label");
        assertEquals("Final @ World Cup" + hostile, texts.getFirst());
        assertEquals("Opener @ League 50%_off" + hostile, texts.get(2));
        List<Object> withNull = Event.objects.orderBy("id").annotate("c", Concat.of("name", "rank")).valuesListFlat("c");
        assertEquals(List.of("Final1", "Semi_Final2", "Opener"), withNull);
        assertEquals(3, rows("event"));
    }

    @Test
    void castConvertsInTheDatabaseAndReadsAsTheJavaType() {
        Map<String, Object> row = Event.objects.filter("name", "Semi_Final").values(Map.of(
                "text", Cast.of("rank", String.class),
                "number", Cast.of(Value.of("42"), Long.class),
                "real", Cast.of("prize", Double.class))).getFirst();
        assertEquals("2", row.get("text"));
        assertEquals(42L, row.get("number"));
        assertEquals(9.5, (Double) row.get("real"), 1e-9);
        ParamsException e = assertThrows(ParamsException.class,
                () -> Event.objects.annotate("u", Cast.of("name", java.util.UUID.class)).list());
        assertTrue(e.getMessage().startsWith("Cast.of(..., UUID.class) is not supported on connection 'default'"),
                e.getMessage());
    }

    @Test
    void nowIsAnOffsetDateTimeComparableWithDatetimeFields() {
        Object now = Event.objects.annotate("now", Now.of()).first().orElseThrow().annotation("now");
        OffsetDateTime read = assertInstanceOf(OffsetDateTime.class, now);
        assertTrue(Duration.between(read.toInstant(), java.time.Instant.now()).abs().toMinutes() < 5, read.toString());
        assertEquals(3, Event.objects.filter("start__lt", Now.of()).count());
        assertEquals(0, Event.objects.filter("start__gt", Now.of()).count());
    }

    @Test
    void randomIsADoubleBetweenZeroAndOne() {
        for (Object r : Event.objects.annotate("r", Random.of()).valuesListFlat("r")) {
            double d = assertInstanceOf(Double.class, r);
            assertTrue(d >= 0 && d < 1, "random " + d);
        }
    }

    @Test
    void fArithmeticModAndPowAsAnnotations() {
        List<Map<String, Object>> rows = Event.objects.filter("rank__isnull", false).orderBy("rank").values(Map.of(
                "mod", F.of("rank").mod(2), "pow", F.of("rank").pow(2), "double", F.of("prize").times(2),
                "next", F.of("rank").plus(1)));
        assertEquals(1L, rows.get(0).get("mod"));
        assertEquals(0L, rows.get(1).get("mod"));
        assertEquals(4.0, (Double) rows.get(1).get("pow"), 1e-9);
        assertDecimal("20.50", rows.get(0).get("double"));
        assertEquals(3L, rows.get(1).get("next"));
    }

    @Test
    void anAnnotationCanUseAnother() {
        List<Object> doubled = Event.objects.annotate("len", Length.of("name")).annotate("twice", F.of("len").times(2))
                .orderBy("id").valuesListFlat("twice");
        assertEquals(List.of(10L, 20L, 12L), doubled);
    }

    @Test
    void caseGivesTheFirstMatchingBranchWithLiteralsBound() {
        Case size = Case.when(Q.of("prize__gte", 10), "big").when(Q.of("prize__isnull", false), "small").otherwise("none");
        List<Object> sizes = Event.objects.annotate("size", size).orderBy("id").valuesListFlat("size");
        assertEquals(List.of("big", "small", "none"), sizes);
        List<Object> named = Event.objects.annotate("x", Case.when(Q.of("rank", 1), F.of("name"))).orderBy("id")
                .valuesListFlat("x");
        assertEquals(java.util.Arrays.asList("Final", null, null), named);
        assertEquals(List.of("Opener"), Event.objects.annotate("size", size).filter("size", "none").valuesListFlat("name"));
    }

    @Test
    void aFilteredAggregateCountsOnlyMatchingRows() {
        try (SqlCapture sql = SqlCapture.start()) {
            Map<Object, Object> big = new LinkedHashMap<>();
            for (Map<String, Object> row : Tournament.objects.annotate("big", Count.of("events", Q.of("events__prize__gt", 10)))
                    .annotate("all", Count.of("events")).orderBy("id").values("name", "big", "all")) {
                big.put(row.get("name"), List.of(row.get("big"), row.get("all")));
            }
            assertEquals(Map.of("World Cup", List.of(1L, 2L), "League 50%_off", List.of(0L, 1L)), big);
            String select = sql.statements().getLast();
            assertTrue(select.contains(dialect().equals("mysql") ? "COUNT(CASE WHEN " : ") FILTER (WHERE "), select);
        }
    }

    @Test
    void aggregateComputesEveryValueInOneStatement() {
        try (SqlCapture sql = SqlCapture.start()) {
            Map<String, Object> totals = Event.objects.aggregate(Map.of("total", Sum.of("prize"), "n", Count.of("id"),
                    "best", Max.of("rank"), "big", Count.of("id", Q.of("prize__gt", 10))));
            assertDecimal("19.75", totals.get("total"));
            assertEquals(3L, totals.get("n"));
            assertEquals(2, totals.get("best"));
            assertEquals(1L, totals.get("big"));
            assertEquals(1, sql.count());
        }
        Map<String, Object> none = Event.objects.filter("name", "nothing").aggregate(Map.of("total", Sum.of("prize"),
                "n", Count.of("id")));
        assertNull(none.get("total"));
        assertEquals(0L, none.get("n"));
        ParamsException e = assertThrows(ParamsException.class,
                () -> Event.objects.aggregate(Map.of("lower", Lower.of("name"))));
        assertTrue(e.getMessage().startsWith("aggregate(): 'lower' is LOWER["), e.getMessage());
    }

    @Test
    void updateStoresAFunctionOfTheRow() {
        assertEquals(1, Event.objects.filter("name", "Final").update(Map.of("name", Upper.of("name"))));
        assertEquals(List.of("FINAL", "Opener", "Semi_Final"), QueryFixture.names(Event.objects.all().list()));
        FieldException e = assertThrows(FieldException.class,
                () -> Event.objects.all().update(Map.of("rank", Count.of("id"))));
        assertTrue(e.getMessage().startsWith("update() of Event.rank = COUNT(id): an aggregate has no value per row"),
                e.getMessage());
    }

    @Test
    void anAggregateIsComparedThroughItsAnnotation() {
        ParamsException direct = assertThrows(ParamsException.class,
                () -> Event.objects.filter("rank__gt", dev.tortoise.functions.Avg.of("rank")).list());
        assertTrue(direct.getMessage().startsWith("The lookup 'rank__gt' compares with the aggregate AVG(rank) directly"),
                direct.getMessage());
        try (SqlCapture sql = SqlCapture.start()) {
            List<Object> names = Tournament.objects.annotate("n", Count.of("events")).annotate("best", Max.of("events__rank"))
                    .filter("best__gte", F.of("n")).valuesListFlat("name");
            assertEquals(List.of("World Cup"), names);
            assertTrue(sql.statements().getLast().contains(" HAVING MAX("), sql.statements().getLast());
        }
    }

    @Test
    void aRowExpressionBesideAnAggregateIsGroupedByWhatItReads() {
        List<Map<String, Object>> rows = Tournament.objects.annotate("n", Count.of("events"))
                .annotate("kind", Case.when(Q.of("name__startswith", "W"), "world").otherwise("other"))
                .annotate("lower", Lower.of("name")).orderBy("id").values("kind", "lower", "n");
        assertEquals(List.of(Map.of("kind", "world", "lower", "world cup", "n", 2L),
                Map.of("kind", "other", "lower", "league 50%_off", "n", 1L)), rows);
        List<Map<String, Object>> byReporter = Event.objects.annotate("n", Count.of("participants"))
                .annotate("who", Coalesce.of("reporter__name", Value.of("-"))).orderBy("id").values("who", "n");
        assertEquals(List.of(Map.of("who", "Ann", "n", 2L), Map.of("who", "-", "n", 1L), Map.of("who", "Ann", "n", 0L)),
                byReporter);
    }

    @Test
    void groupByARowExpressionAndItsLimits() {
        List<Map<String, Object>> rows = Event.objects.annotate("cup", Lower.of("tournament__name")).groupBy("cup")
                .annotate("n", Count.of("id")).orderBy("cup").values("cup", "n");
        assertEquals(List.of(Map.of("cup", "league 50%_off", "n", 1L), Map.of("cup", "world cup", "n", 2L)), rows);
        ParamsException bound = assertThrows(ParamsException.class, () -> Event.objects
                .annotate("p", Coalesce.of("prize", 0)).groupBy("p").annotate("n", Count.of("id")).values("p", "n"));
        assertTrue(bound.getMessage().startsWith("groupBy(\"p\"): annotation 'p' has bound values (1)"), bound.getMessage());
        FieldException aggregate = assertThrows(FieldException.class, () -> Tournament.objects
                .annotate("n", Count.of("events")).groupBy("n").values("n"));
        assertTrue(aggregate.getMessage().startsWith("groupBy(\"n\"): annotation 'n' is an aggregate"),
                aggregate.getMessage());
        FieldException cycle = assertThrows(FieldException.class, () -> Event.objects
                .annotate("a", F.of("b").plus(1)).annotate("b", F.of("a").times(2)).list());
        assertTrue(cycle.getMessage().startsWith("Annotation 'a' refers to itself"), cycle.getMessage());
    }

    @Test
    void updateAndDeleteFollowAnnotationFilters() {
        assertEquals(1, Tournament.objects.annotate("n", Count.of("events")).filter("n__gte", 2)
                .update(Map.of("name", "Busy")));
        assertEquals(List.of("Busy", "League 50%_off"), Tournament.objects.orderBy("name").valuesListFlat("name"));
        assertEquals(2, Event.objects.annotate("len", Length.of("name")).filter("len__gt", 5).delete());
        assertEquals(List.of("Final"), Event.objects.orderBy("name").valuesListFlat("name"));
    }

    @Test
    void rawSqlAndFunctionOfBindTheirValues() {
        String rank = q("event") + "." + q("rank");
        List<Object> raw = Event.objects.filter("rank__isnull", false).orderBy("rank")
                .annotate("r", RawSqlFor.times(rank, 10)).valuesListFlat("r");
        assertEquals(List.of(10L, 20L), raw.stream().map(n -> ((Number) n).longValue()).toList());
        List<Object> abs = Event.objects.filter("rank__isnull", false).orderBy("rank")
                .annotate("a", Function.of("ABS", F.of("rank").minus(5))).valuesListFlat("a");
        assertEquals(List.of(4L, 3L), abs.stream().map(n -> ((Number) n).longValue()).toList());
        ParamsException bad = assertThrows(ParamsException.class, () -> Function.of("ABS(1); DROP TABLE x; --"));
        assertTrue(bad.getMessage().startsWith("Function.of: 'ABS(1); DROP TABLE x; --' is not a function name"),
                bad.getMessage());
        ParamsException count = assertThrows(ParamsException.class, () -> dev.tortoise.RawSql.of("? + ?", 1));
        assertEquals("RawSql.of(\"? + ?\") has 2 '?' placeholder(s) but 1 parameter(s); give one parameter per '?'",
                count.getMessage());
    }

    /** RawSql with the backend's quoting. */
    private static final class RawSqlFor {
        static dev.tortoise.RawSql times(String column, int factor) {
            return dev.tortoise.RawSql.of(column + " * ?", factor);
        }
    }

    @Test
    void namesAreCheckedAndListTheValidOnes() {
        FieldException unknown = assertThrows(FieldException.class,
                () -> Event.objects.annotate("x", Lower.of("nmae")).list());
        assertTrue(unknown.getMessage().startsWith("Unknown field nmae for model Event"), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("name"), unknown.getMessage());
        FieldException clash = assertThrows(FieldException.class,
                () -> Event.objects.annotate("name", Upper.of("name")).list());
        assertTrue(clash.getMessage().startsWith("Annotation 'name' conflicts with a field of Event"), clash.getMessage());
        FieldException text = assertThrows(FieldException.class,
                () -> Event.objects.annotate("x", Lower.of("prize")).list());
        assertEquals("Lower.of takes text, but Event.prize is a DecimalField; convert it first with"
                + " Cast.of(\"prize\", String.class)", text.getMessage());
        assertEquals("Coalesce.of needs at least two arguments (field names, expressions or values: the first that is"
                + " not NULL is taken), got 1", assertThrows(ParamsException.class, () -> Coalesce.of("prize")).getMessage());
        assertEquals("Substring.of(name, 0, 2): start counts from 1 and length cannot be negative",
                assertThrows(ParamsException.class, () -> Substring.of("name", 0, 2)).getMessage());
        assertEquals("Value.of takes a literal, got the expression F(name)",
                assertThrows(ParamsException.class, () -> Value.of(F.of("name"))).getMessage());
        FieldException filter = assertThrows(FieldException.class,
                () -> Event.objects.annotate("len", Length.of("name")).filter("len__foo", 1).list());
        assertTrue(filter.getMessage().startsWith("Unknown filter param 'len__foo'"), filter.getMessage());
    }
}
