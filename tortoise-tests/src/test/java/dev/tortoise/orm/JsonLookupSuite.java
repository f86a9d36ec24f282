package dev.tortoise.orm;

import dev.tortoise.Q;
import dev.tortoise.exceptions.FieldException;
import dev.tortoise.exceptions.ParamsException;
import dev.tortoise.junit.SqlCapture;
import dev.tortoise.orm.models.Parcel;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * JSON lookups on a {@code @JSONField}: key paths compared by the type of the value, array
 * indexes, containment both ways, keys that need quoting and keys named like lookups, on the rows
 * each backend returns; H2, which has no JSON functions, refuses them clearly.
 */
class JsonLookupSuite extends OrmTestBase {

    @BeforeEach
    void seed() {
        Parcel.objects.all().delete();
        Map<String, Object> box = doc("owner", Map.of("name", "Ann", "city", "Oslo"), "size", 5, "price", 9.5,
                "tags", List.of("red", "blue"), "fragile", true, "note", null, "it's \"$.x\"", "odd", "a.b", 1,
                "back\\slash", "bs");
        Map<String, Object> crate = doc("owner", Map.of("name", "bob", "city", "Bergen"), "size", 12, "price", 20,
                "tags", List.of("green"), "fragile", false, "note", "handle with care", "a", Map.of("b", 1));
        Map<String, Object> tube = doc("owner", Map.of("name", "Anna"), "size", "big", "tags", List.of(),
                "contains", "yes", "in", 3);
        Parcel.objects.bulkCreate(List.of(Parcel.of("box", box), Parcel.of("crate", crate), Parcel.of("tube", tube),
                Parcel.of("void", null)));
    }

    private static Map<String, Object> doc(Object... keysAndValues) {
        Map<String, Object> doc = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            doc.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return doc;
    }

    private List<String> where(String lookup, Object value) {
        return Parcel.objects.filter(lookup, value).list().stream().map(p -> p.label).sorted().toList();
    }

    private void jsonBackend() {
        assumeFalse(dialect().equals("h2"), "H2 has no JSON functions: see refusedOnH2");
    }

    @Test
    void keyPathsCompareByTheTypeOfTheValue() {
        jsonBackend();
        assertEquals(List.of("box"), where("data__owner__name", "Ann"));
        assertEquals(List.of("box"), where("data__size", 5));
        assertEquals(List.of("box"), where("data__size", 5.0));
        assertEquals(List.of("tube"), where("data__size", "big"));
        assertEquals(List.of("box", "crate"), where("data__size__gt", 4));
        assertEquals(List.of("box"), where("data__size__lt", 10));
        assertEquals(List.of("crate"), where("data__size__gte", 12L));
        assertEquals(List.of("tube"), where("data__size__gte", "a"));
        assertEquals(List.of("box", "crate"), where("data__price__gt", new BigDecimal("9.4")));
        assertEquals(List.of("box"), where("data__price__lte", 9.5));
        assertEquals(List.of("box"), where("data__fragile", true));
        assertEquals(List.of("crate"), where("data__fragile", false));
        assertEquals(List.of("box", "crate"), where("data__size__in", List.of(5, 12)));
        assertEquals(List.of("box", "crate"), where("data__owner__name__in", List.of("Ann", "bob")));
        assertEquals(List.of(), where("data__size__in", List.of()));
        assertEquals(List.of("crate", "tube", "void"), where("data__size__not", 5));
        assertEquals(List.of("crate", "tube", "void"), where("data__size__not_in", List.of(5)));
        assertEquals(List.of("box", "crate"), where("data__size__range", List.of(5, 12)));
    }

    @Test
    void nullMeansMissingOrJsonNull() {
        jsonBackend();
        assertEquals(List.of("box", "tube", "void"), where("data__note__isnull", true));
        assertEquals(List.of("box", "tube", "void"), where("data__note", null));
        assertEquals(List.of("crate"), where("data__note__isnull", false));
        assertEquals(List.of("crate"), where("data__note__not_isnull", true));
        assertEquals(List.of("crate"), where("data__note__not", null));
        assertEquals(List.of("void"), where("data__isnull", true));
    }

    @Test
    void textLookupsMatchJsonStrings() {
        jsonBackend();
        assertEquals(List.of("box", "tube"), where("data__owner__name__icontains", "ANN"));
        assertEquals(List.of("box", "tube"), where("data__owner__name__startswith", "An"));
        assertEquals(List.of(), where("data__owner__name__startswith", "an"));
        assertEquals(List.of("crate"), where("data__owner__name__istartswith", "B"));
        assertEquals(List.of("tube"), where("data__owner__name__endswith", "na"));
        assertEquals(List.of("box"), where("data__owner__name__iexact", "aNN"));
        assertEquals(List.of("crate"), where("data__note__icontains", "CARE"));
        assertEquals(List.of(), where("data__size__icontains", "5"));
    }

    @Test
    void integerTokensAreArrayIndexes() {
        jsonBackend();
        assertEquals(List.of("box"), where("data__tags__0", "red"));
        assertEquals(List.of("box"), where("data__tags__1", "blue"));
        assertEquals(List.of("crate"), where("data__tags__0__startswith", "g"));
        assertEquals(List.of("crate", "tube", "void"), where("data__tags__1__isnull", true));
    }

    @Test
    void containsAndContainedByAreJsonContainment() {
        jsonBackend();
        assertEquals(List.of("box"), where("data__contains", Map.of("owner", Map.of("city", "Oslo"))));
        assertEquals(List.of("box"), where("data__contains", Map.of("tags", List.of("blue"))));
        assertEquals(List.of("box"), where("data__contains", Map.of("size", 5.0, "fragile", true)));
        assertEquals(List.of("crate"), where("data__tags__contains", List.of("green")));
        assertEquals(List.of("box"), where("data__tags__contains", "red"));
        assertEquals(List.of("box", "crate", "tube"), where("data__tags__contained_by", List.of("red", "blue", "green")));
        assertEquals(List.of("box"), where("data__owner__contained_by",
                Map.of("name", "Ann", "city", "Oslo", "zip", "0150")));
        Map<String, Object> wider = doc("owner", Map.of("name", "Anna", "city", "Oslo"), "size", "big",
                "tags", List.of("x"), "contains", "yes", "in", 3, "more", 1);
        assertEquals(List.of("tube"), where("data__contained_by", wider));
        assertEquals(List.of("box", "crate", "tube"), where("data__contains", Map.of()));
        ParamsException none = assertThrows(ParamsException.class, () -> where("data__contains", null));
        assertTrue(none.getMessage().contains("'data__contains' needs a JSON value"), none.getMessage());
    }

    @Test
    void keysNeedingQuotesAreOneKeyAndNeverSql() {
        jsonBackend();
        try (SqlCapture sql = SqlCapture.start()) {
            assertEquals(List.of("box"), where("data__it's \"$.x\"", "odd"));
            assertTrue(!sql.statements().getFirst().contains("it's") && !sql.statements().getFirst().contains("$"),
                    sql.toString());
        }
        assertEquals(List.of("box"), where("data__a.b", 1));
        assertEquals(List.of("crate"), where("data__a__b", 1));
        assertEquals(List.of("box"), where("data__back\\slash", "bs"));
        assertEquals(List.of(), where("data__x') OR 1=1 --", "odd"));
        assertEquals(List.of(), where("data__$", 1));
    }

    @Test
    void aKeyNamedLikeALookupIsReadWhenALookupFollows() {
        jsonBackend();
        assertEquals(List.of("tube"), where("data__contains__exact", "yes"));
        assertEquals(List.of("tube"), where("data__in__gt", 2));
        FieldException overlap = assertThrows(FieldException.class, () -> where("data__tags__overlap", List.of("red")));
        assertTrue(overlap.getMessage().contains("end the path with __exact"), overlap.getMessage());
    }

    @Test
    void jsonLookupsWorkInQObjectsUpdatesAndDeletes() {
        jsonBackend();
        List<String> either = Parcel.objects.filter(Q.of("data__size__gt", 10).or(Q.of("data__owner__name", "Ann")))
                .list().stream().map(p -> p.label).sorted().toList();
        assertEquals(List.of("box", "crate"), either);
        assertEquals(List.of("crate"), Parcel.objects.exclude("data__size__lte", 5).filter("data__size__isnull", false)
                .exclude("data__size", "big").list().stream().map(p -> p.label).toList());
        assertEquals(1, Parcel.objects.filter("data__size__gt", 10).update(Map.of("label", "big crate")));
        assertEquals(List.of("big crate"), where("data__owner__city", "Bergen"));
        assertEquals(1, Parcel.objects.filter("data__tags__contains", "red").delete());
        assertEquals(List.of("big crate", "tube", "void"), Parcel.objects.all().list().stream().map(p -> p.label)
                .sorted().toList());
    }

    @Test
    void valuesThatCannotBeComparedAreRefused() {
        jsonBackend();
        ParamsException map = assertThrows(ParamsException.class, () -> where("data__owner", Map.of("name", "Ann")));
        assertTrue(map.getMessage().contains("use __contains or __contained_by"), map.getMessage());
        ParamsException bool = assertThrows(ParamsException.class, () -> where("data__fragile__gt", true));
        assertTrue(bool.getMessage().contains("'data__fragile__gt'"), bool.getMessage());
        ParamsException mixed = assertThrows(ParamsException.class, () -> where("data__size__in", List.of(5, "big")));
        assertTrue(mixed.getMessage().contains("values of one JSON type"), mixed.getMessage());
    }

    @Test
    void anUnknownLookupAfterAPlainFieldIsStillAFieldException() {
        FieldException e = assertThrows(FieldException.class, () -> where("label__owner", "x"));
        assertTrue(e.getMessage().contains("'owner' is not a lookup of Parcel.label. Valid lookups are [exact, not"),
                e.getMessage());
        FieldException order = assertThrows(FieldException.class, () -> Parcel.objects.all().orderBy("data__size").list());
        assertTrue(order.getMessage().contains("data__size"), order.getMessage());
    }

    @Test
    void refusedOnH2() {
        assumeTrue(dialect().equals("h2"), "the other backends have JSON lookups");
        ParamsException e = assertThrows(ParamsException.class, () -> where("data__owner__name", "Ann"));
        assertEquals("The JSON lookup 'data__owner__name' is not supported on h2: key paths, contains and contained_by"
                + " on a @JSONField need PostgreSQL, MySQL/MariaDB or SQLite; filter on a column of its own here instead",
                e.getMessage());
        assertThrows(ParamsException.class, () -> where("data__contains", Map.of("size", 5)));
    }

    @Test
    void theSqlOfAKeyPath() {
        jsonBackend();
        try (SqlCapture sql = SqlCapture.start()) {
            assertEquals(List.of("box"), where("data__owner__name", "Ann"));
            String col = q("parcel") + "." + q("data");
            String expected = switch (dialect()) {
                case "postgres" -> "(CASE WHEN jsonb_typeof((CAST(" + col + " AS jsonb) #> CAST(? AS text[])))='string'"
                        + " THEN ((CAST(" + col + " AS jsonb) #> CAST(? AS text[])) #>> '{}') END=?) IS TRUE";
                case "mysql" -> "(CASE WHEN JSON_TYPE(JSON_EXTRACT(" + col + ", ?))='STRING' THEN JSON_UNQUOTE(JSON_EXTRACT("
                        + col + ", ?)) END=?) IS TRUE";
                default -> "(CASE WHEN json_type(" + col + ", ?)='text' THEN json_extract(" + col + ", ?) END=?) IS TRUE";
            };
            String table = q("parcel");
            assertEquals(List.of("SELECT " + table + "." + q("id") + "," + table + "." + q("label") + "," + col + " FROM "
                    + table + " WHERE " + expected), sql.statements());
        }
    }
}
