package dev.tortoise.tests.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tortoise.Tortoise;
import dev.tortoise.Case;
import dev.tortoise.OuterRef;
import dev.tortoise.Q;
import dev.tortoise.Subquery;
import dev.tortoise.Value;
import dev.tortoise.functions.Concat;
import dev.tortoise.functions.Count;
import dev.tortoise.functions.Lower;
import dev.tortoise.exceptions.ParamsException;
import dev.tortoise.orm.models.Event;
import dev.tortoise.orm.models.Parcel;
import dev.tortoise.orm.models.Tournament;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The SQL the select and condition compilers write on each platform, golden: quoting, pattern
 * matches, the comparable form of decimals, LIMIT/OFFSET as bound values, joins, date parts, row
 * locks and HAVING. Compiling touches no database (init opens no connection), so these run
 * without servers.
 */
class CompilerGoldenTest {

    /** Queries that between them use every per-platform piece of a SELECT, expressions and subqueries included. */
    private static Map<String, String> compile() {
        Map<String, String> sql = new LinkedHashMap<>();
        sql.put("pattern", Event.objects.filter("name__contains", "50%").exclude("prize__isnull", true)
                .orderBy("-prize").limit(10).offset(20).only("name").sql());
        sql.put("join", Event.objects.filter("tournament__name__istartswith", "World").offset(5).only("name").sql());
        sql.put("dateParts", Event.objects.filter("start__year", 2024).filter("start__hour__gte", 10).only("name").sql());
        sql.put("lock", Event.objects.filter("tournament__name", "Cup").selectForUpdate(true, false).only("name").sql());
        sql.put("having", Tournament.objects.all().annotate("n", Count.of("events")).filter("n__gt", 1).only("name").sql());
        sql.put("function", Event.objects.annotate("label", Concat.of(Lower.of("name"), Value.of("!")))
                .filter("label__startswith", "f").orderBy("-label").only("name").sql());
        sql.put("filteredAggregate", Tournament.objects.annotate("big", Count.of("events", Q.of("events__prize__gt", 10)))
                .only("name").sql());
        sql.put("case", Event.objects.annotate("size", Case.when(Q.of("prize__gte", 10), "big").otherwise("small"))
                .filter("size", "big").only("name").sql());
        sql.put("subquery", Tournament.objects.filter(Subquery.exists(Event.objects.filter("tournament", OuterRef.of("id"))))
                .filter("id__in", Subquery.of(Event.objects.filter("prize__gt", 1).limit(5), "tournament")).only("name").sql());
        sql.put("union", Event.objects.filter("prize__gt", 5).only("name", "prize").orderBy("-prize").limit(2)
                .unionAll(Event.objects.filter("tournament__name", "Cup").only("name", "prize"))
                .union(Event.objects.filter("rank", 1).only("prize", "name")).orderBy("-prize").offset(1).sql());
        sql.put("json", sqlOrError(() -> Parcel.objects.filter("data__owner__name__icontains", "ann")
                .filter("data__tags__0", "red").filter("data__contains", Map.of("size", 5)).only("label").sql()));
        return sql;
    }

    /** The SQL, or the message of the exception of a platform that refuses the query. */
    private static String sqlOrError(java.util.function.Supplier<String> sql) {
        try {
            return sql.get();
        } catch (ParamsException e) {
            return "ParamsException: " + e.getMessage();
        }
    }

    /** A golden map from alternating keys and SQL texts (more entries than {@code Map.of} takes). */
    private static Map<String, String> golden(String... keysAndSql) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndSql.length; i += 2) {
            map.put(keysAndSql[i], keysAndSql[i + 1]);
        }
        return map;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "sqlite|sqlite://:memory:",
        "postgres|postgres://postgres@127.0.0.1:1/none",
        "mysql|mysql://root@127.0.0.1:1/none",
        "h2|h2:mem:compiler_golden",
    })
    void selectsAndConditionsPerPlatform(String platform, String url) {
        try (Tortoise ignored = Tortoise.init(url, Map.of("models", List.of("dev.tortoise.orm.models")))) {
            Map<String, String> actual = compile();
            // GOLDEN_PRINT=1 prints what this build writes, to review and paste when a golden changes on purpose
            if (System.getenv("GOLDEN_PRINT") != null) {
                actual.forEach((k, v) -> System.out.println("GOLDEN " + platform + " " + k + " " + v));
            }
            Map<String, String> expected = GOLDEN.get(platform);
            assertEquals(expected.keySet(), actual.keySet());
            for (String key : actual.keySet()) {
                assertEquals(expected.get(key), actual.get(key), platform + " " + key);
            }
        }
    }

    private static final Map<String, Map<String, String>> GOLDEN = Map.of(
            "sqlite", golden(
                    "pattern", "SELECT \"event\".\"id\",\"event\".\"name\" FROM \"event\" WHERE instr(CAST(\"event\".\"name\" AS BLOB), CAST(? AS BLOB)) > 0 AND NOT (\"event\".\"prize\" IS NULL) ORDER BY CAST(\"event\".\"prize\" AS NUMERIC) DESC LIMIT ? OFFSET ?",
                    "join", "SELECT \"event\".\"id\",\"event\".\"name\" FROM \"event\" LEFT OUTER JOIN \"tournament\" \"event__tournament\" ON \"event\".\"tournament_id\"=\"event__tournament\".\"id\" WHERE substr(CAST(UPPER(\"event__tournament\".\"name\") AS BLOB), 1, length(CAST(UPPER(?) AS BLOB))) = CAST(UPPER(?) AS BLOB) LIMIT -1 OFFSET ?",
                    "dateParts", "SELECT \"event\".\"id\",\"event\".\"name\" FROM \"event\" WHERE CAST(STRFTIME('%Y', \"event\".\"start\") AS INTEGER)=? AND CAST(STRFTIME('%H', \"event\".\"start\") AS INTEGER)>=?",
                    "lock", "SELECT \"event\".\"id\",\"event\".\"name\" FROM \"event\" LEFT OUTER JOIN \"tournament\" \"event__tournament\" ON \"event\".\"tournament_id\"=\"event__tournament\".\"id\" WHERE \"event__tournament\".\"name\"=?",
                    "having", "SELECT \"tournament\".\"id\",\"tournament\".\"name\",COUNT(\"tournament__events\".\"id\") \"n\" FROM \"tournament\" LEFT OUTER JOIN \"event\" \"tournament__events\" ON \"tournament__events\".\"tournament_id\"=\"tournament\".\"id\" GROUP BY \"tournament\".\"id\",\"tournament\".\"name\" HAVING COUNT(\"tournament__events\".\"id\")>?",
                    "function", "SELECT \"event\".\"id\",\"event\".\"name\",(COALESCE(tortoise_lower(\"event\".\"name\"), '')||COALESCE(?, '')) \"label\" FROM \"event\" WHERE substr(CAST((COALESCE(tortoise_lower(\"event\".\"name\"), '')||COALESCE(?, '')) AS BLOB), 1, length(CAST(? AS BLOB))) = CAST(? AS BLOB) ORDER BY (COALESCE(tortoise_lower(\"event\".\"name\"), '')||COALESCE(?, '')) DESC",
                    "filteredAggregate", "SELECT \"tournament\".\"id\",\"tournament\".\"name\",COUNT(\"tournament__events\".\"id\") FILTER (WHERE CAST(\"tournament__events\".\"prize\" AS NUMERIC)>?) \"big\" FROM \"tournament\" LEFT OUTER JOIN \"event\" \"tournament__events\" ON \"tournament__events\".\"tournament_id\"=\"tournament\".\"id\" GROUP BY \"tournament\".\"id\",\"tournament\".\"name\"",
                    "case", "SELECT \"event\".\"id\",\"event\".\"name\",CASE WHEN CAST(\"event\".\"prize\" AS NUMERIC)>=? THEN ? ELSE ? END \"size\" FROM \"event\" WHERE CASE WHEN CAST(\"event\".\"prize\" AS NUMERIC)>=? THEN ? ELSE ? END=?",
                    "subquery", "SELECT \"tournament\".\"id\",\"tournament\".\"name\" FROM \"tournament\" WHERE EXISTS (SELECT 1 FROM \"event\" \"_s1\" WHERE \"_s1\".\"tournament_id\"=\"tournament\".\"id\" LIMIT ?) AND \"tournament\".\"id\" IN (SELECT \"_s1\".\"tournament_id\" \"tournament\" FROM \"event\" \"_s1\" WHERE CAST(\"_s1\".\"prize\" AS NUMERIC)>? LIMIT ?)",
                    "union", "SELECT * FROM (SELECT * FROM (SELECT \"event\".\"id\",\"event\".\"name\",\"event\".\"prize\" FROM \"event\" WHERE CAST(\"event\".\"prize\" AS NUMERIC)>? ORDER BY CAST(\"event\".\"prize\" AS NUMERIC) DESC LIMIT ?) \"_u1\" UNION ALL SELECT \"event\".\"id\",\"event\".\"name\",\"event\".\"prize\" FROM \"event\" LEFT OUTER JOIN \"tournament\" \"event__tournament\" ON \"event\".\"tournament_id\"=\"event__tournament\".\"id\" WHERE \"event__tournament\".\"name\"=? UNION SELECT \"event\".\"id\",\"event\".\"name\",\"event\".\"prize\" FROM \"event\" WHERE \"event\".\"rank\"=?) \"_union\" ORDER BY CAST(\"_union\".\"prize\" AS NUMERIC) DESC LIMIT -1 OFFSET ?",
                    "json", "SELECT \"parcel\".\"id\",\"parcel\".\"label\" FROM \"parcel\" WHERE (instr(CAST(UPPER(CASE WHEN json_type(\"parcel\".\"data\", ?)='text' THEN json_extract(\"parcel\".\"data\", ?) END) AS BLOB), CAST(UPPER(?) AS BLOB)) > 0) IS TRUE AND (CASE WHEN json_type(\"parcel\".\"data\", ?)='text' THEN json_extract(\"parcel\".\"data\", ?) END=?) IS TRUE AND tortoise_json_contains(\"parcel\".\"data\", ?) = 1"),
            "postgres", golden(
                    "pattern", "SELECT \"event\".\"id\",\"event\".\"name\" FROM \"event\" WHERE \"event\".\"name\" LIKE ? ESCAPE '!' AND NOT (\"event\".\"prize\" IS NULL) ORDER BY \"event\".\"prize\" DESC LIMIT ? OFFSET ?",
                    "join", "SELECT \"event\".\"id\",\"event\".\"name\" FROM \"event\" LEFT OUTER JOIN \"tournament\" \"event__tournament\" ON \"event\".\"tournament_id\"=\"event__tournament\".\"id\" WHERE UPPER(\"event__tournament\".\"name\") LIKE UPPER(?) ESCAPE '!' OFFSET ?",
                    "dateParts", "SELECT \"event\".\"id\",\"event\".\"name\" FROM \"event\" WHERE CAST(EXTRACT(YEAR FROM (\"event\".\"start\" AT TIME ZONE INTERVAL '+00:00:00')) AS INTEGER)=? AND CAST(EXTRACT(HOUR FROM (\"event\".\"start\" AT TIME ZONE INTERVAL '+00:00:00')) AS INTEGER)>=?",
                    "lock", "SELECT \"event\".\"id\",\"event\".\"name\" FROM \"event\" LEFT OUTER JOIN \"tournament\" \"event__tournament\" ON \"event\".\"tournament_id\"=\"event__tournament\".\"id\" WHERE \"event__tournament\".\"name\"=? FOR UPDATE OF \"event\" NOWAIT",
                    "having", "SELECT \"tournament\".\"id\",\"tournament\".\"name\",COUNT(\"tournament__events\".\"id\") \"n\" FROM \"tournament\" LEFT OUTER JOIN \"event\" \"tournament__events\" ON \"tournament__events\".\"tournament_id\"=\"tournament\".\"id\" GROUP BY \"tournament\".\"id\",\"tournament\".\"name\" HAVING COUNT(\"tournament__events\".\"id\")>?",
                    "function", "SELECT \"event\".\"id\",\"event\".\"name\",CONCAT(LOWER(\"event\".\"name\"),?) \"label\" FROM \"event\" WHERE CONCAT(LOWER(\"event\".\"name\"),?) LIKE ? ESCAPE '!' ORDER BY CONCAT(LOWER(\"event\".\"name\"),?) DESC",
                    "filteredAggregate", "SELECT \"tournament\".\"id\",\"tournament\".\"name\",COUNT(\"tournament__events\".\"id\") FILTER (WHERE \"tournament__events\".\"prize\">?) \"big\" FROM \"tournament\" LEFT OUTER JOIN \"event\" \"tournament__events\" ON \"tournament__events\".\"tournament_id\"=\"tournament\".\"id\" GROUP BY \"tournament\".\"id\",\"tournament\".\"name\"",
                    "case", "SELECT \"event\".\"id\",\"event\".\"name\",CASE WHEN \"event\".\"prize\">=? THEN ? ELSE ? END \"size\" FROM \"event\" WHERE CASE WHEN \"event\".\"prize\">=? THEN ? ELSE ? END=?",
                    "subquery", "SELECT \"tournament\".\"id\",\"tournament\".\"name\" FROM \"tournament\" WHERE EXISTS (SELECT 1 FROM \"event\" \"_s1\" WHERE \"_s1\".\"tournament_id\"=\"tournament\".\"id\" LIMIT ?) AND \"tournament\".\"id\" IN (SELECT \"_s1\".\"tournament_id\" \"tournament\" FROM \"event\" \"_s1\" WHERE \"_s1\".\"prize\">? LIMIT ?)",
                    "union", "SELECT * FROM (SELECT * FROM (SELECT \"event\".\"id\",\"event\".\"name\",\"event\".\"prize\" FROM \"event\" WHERE \"event\".\"prize\">? ORDER BY \"event\".\"prize\" DESC LIMIT ?) \"_u1\" UNION ALL SELECT \"event\".\"id\",\"event\".\"name\",\"event\".\"prize\" FROM \"event\" LEFT OUTER JOIN \"tournament\" \"event__tournament\" ON \"event\".\"tournament_id\"=\"event__tournament\".\"id\" WHERE \"event__tournament\".\"name\"=? UNION SELECT \"event\".\"id\",\"event\".\"name\",\"event\".\"prize\" FROM \"event\" WHERE \"event\".\"rank\"=?) \"_union\" ORDER BY \"_union\".\"prize\" DESC OFFSET ?",
                    "json", "SELECT \"parcel\".\"id\",\"parcel\".\"label\" FROM \"parcel\" WHERE (UPPER(CASE WHEN jsonb_typeof((CAST(\"parcel\".\"data\" AS jsonb) #> CAST(? AS text[])))='string' THEN ((CAST(\"parcel\".\"data\" AS jsonb) #> CAST(? AS text[])) #>> '{}') END) LIKE UPPER(?) ESCAPE '!') IS TRUE AND (CASE WHEN jsonb_typeof((CAST(\"parcel\".\"data\" AS jsonb) #> CAST(? AS text[])))='string' THEN ((CAST(\"parcel\".\"data\" AS jsonb) #> CAST(? AS text[])) #>> '{}') END=?) IS TRUE AND CAST(\"parcel\".\"data\" AS jsonb) @> ?"),
            "mysql", golden(
                    "pattern", "SELECT `event`.`id`,`event`.`name` FROM `event` WHERE CAST(`event`.`name` AS BINARY) LIKE CAST(? AS BINARY) ESCAPE '!' AND NOT (`event`.`prize` IS NULL) ORDER BY `event`.`prize` DESC LIMIT ? OFFSET ?",
                    "join", "SELECT `event`.`id`,`event`.`name` FROM `event` LEFT OUTER JOIN `tournament` `event__tournament` ON `event`.`tournament_id`=`event__tournament`.`id` WHERE UPPER(`event__tournament`.`name`) LIKE UPPER(?) ESCAPE '!' LIMIT 18446744073709551615 OFFSET ?",
                    "dateParts", "SELECT `event`.`id`,`event`.`name` FROM `event` WHERE EXTRACT(YEAR FROM `event`.`start`)=? AND EXTRACT(HOUR FROM `event`.`start`)>=?",
                    "lock", "SELECT `event`.`id`,`event`.`name` FROM `event` LEFT OUTER JOIN `tournament` `event__tournament` ON `event`.`tournament_id`=`event__tournament`.`id` WHERE `event__tournament`.`name`=? FOR UPDATE NOWAIT",
                    "having", "SELECT `tournament`.`id`,`tournament`.`name`,COUNT(`tournament__events`.`id`) `n` FROM `tournament` LEFT OUTER JOIN `event` `tournament__events` ON `tournament__events`.`tournament_id`=`tournament`.`id` GROUP BY `tournament`.`id`,`tournament`.`name` HAVING COUNT(`tournament__events`.`id`)>?",
                    "function", "SELECT `event`.`id`,`event`.`name`,CONCAT_WS('', LOWER(`event`.`name`), ?) `label` FROM `event` WHERE CAST(CONCAT_WS('', LOWER(`event`.`name`), ?) AS BINARY) LIKE CAST(? AS BINARY) ESCAPE '!' ORDER BY CONCAT_WS('', LOWER(`event`.`name`), ?) DESC",
                    "filteredAggregate", "SELECT `tournament`.`id`,`tournament`.`name`,COUNT(CASE WHEN `tournament__events`.`prize`>? THEN `tournament__events`.`id` END) `big` FROM `tournament` LEFT OUTER JOIN `event` `tournament__events` ON `tournament__events`.`tournament_id`=`tournament`.`id` GROUP BY `tournament`.`id`,`tournament`.`name`",
                    "case", "SELECT `event`.`id`,`event`.`name`,CASE WHEN `event`.`prize`>=? THEN ? ELSE ? END `size` FROM `event` WHERE CASE WHEN `event`.`prize`>=? THEN ? ELSE ? END=?",
                    "subquery", "SELECT `tournament`.`id`,`tournament`.`name` FROM `tournament` WHERE EXISTS (SELECT 1 FROM `event` `_s1` WHERE `_s1`.`tournament_id`=`tournament`.`id` LIMIT ?) AND `tournament`.`id` IN (SELECT * FROM (SELECT `_s1`.`tournament_id` `tournament` FROM `event` `_s1` WHERE `_s1`.`prize`>? LIMIT ?) `_sub1`)",
                    "union", "SELECT * FROM (SELECT * FROM (SELECT `event`.`id`,`event`.`name`,`event`.`prize` FROM `event` WHERE `event`.`prize`>? ORDER BY `event`.`prize` DESC LIMIT ?) `_u1` UNION ALL SELECT `event`.`id`,`event`.`name`,`event`.`prize` FROM `event` LEFT OUTER JOIN `tournament` `event__tournament` ON `event`.`tournament_id`=`event__tournament`.`id` WHERE `event__tournament`.`name`=? UNION SELECT `event`.`id`,`event`.`name`,`event`.`prize` FROM `event` WHERE `event`.`rank`=?) `_union` ORDER BY `_union`.`prize` DESC LIMIT 18446744073709551615 OFFSET ?",
                    "json", "SELECT `parcel`.`id`,`parcel`.`label` FROM `parcel` WHERE (UPPER(CASE WHEN JSON_TYPE(JSON_EXTRACT(`parcel`.`data`, ?))='STRING' THEN JSON_UNQUOTE(JSON_EXTRACT(`parcel`.`data`, ?)) END) LIKE UPPER(?) ESCAPE '!') IS TRUE AND (CASE WHEN JSON_TYPE(JSON_EXTRACT(`parcel`.`data`, ?))='STRING' THEN JSON_UNQUOTE(JSON_EXTRACT(`parcel`.`data`, ?)) END=?) IS TRUE AND JSON_CONTAINS(`parcel`.`data`, ?)"),
            "h2", golden(
                    "pattern", "SELECT \"event\".\"id\",\"event\".\"name\" FROM \"event\" WHERE \"event\".\"name\" LIKE ? ESCAPE '!' AND NOT (\"event\".\"prize\" IS NULL) ORDER BY \"event\".\"prize\" DESC LIMIT ? OFFSET ?",
                    "join", "SELECT \"event\".\"id\",\"event\".\"name\" FROM \"event\" LEFT OUTER JOIN \"tournament\" \"event__tournament\" ON \"event\".\"tournament_id\"=\"event__tournament\".\"id\" WHERE UPPER(\"event__tournament\".\"name\") LIKE UPPER(?) ESCAPE '!' OFFSET ?",
                    "dateParts", "SELECT \"event\".\"id\",\"event\".\"name\" FROM \"event\" WHERE EXTRACT(YEAR FROM (\"event\".\"start\" AT TIME ZONE 'UTC'))=? AND EXTRACT(HOUR FROM (\"event\".\"start\" AT TIME ZONE 'UTC'))>=?",
                    "lock", "SELECT \"event\".\"id\",\"event\".\"name\" FROM \"event\" LEFT OUTER JOIN \"tournament\" \"event__tournament\" ON \"event\".\"tournament_id\"=\"event__tournament\".\"id\" WHERE \"event__tournament\".\"name\"=? FOR UPDATE NOWAIT",
                    "having", "SELECT \"tournament\".\"id\",\"tournament\".\"name\",COUNT(\"tournament__events\".\"id\") \"n\" FROM \"tournament\" LEFT OUTER JOIN \"event\" \"tournament__events\" ON \"tournament__events\".\"tournament_id\"=\"tournament\".\"id\" GROUP BY \"tournament\".\"id\",\"tournament\".\"name\" HAVING COUNT(\"tournament__events\".\"id\")>?",
                    "function", "SELECT \"event\".\"id\",\"event\".\"name\",CONCAT(LOWER(\"event\".\"name\"),?) \"label\" FROM \"event\" WHERE CONCAT(LOWER(\"event\".\"name\"),?) LIKE ? ESCAPE '!' ORDER BY CONCAT(LOWER(\"event\".\"name\"),?) DESC",
                    "filteredAggregate", "SELECT \"tournament\".\"id\",\"tournament\".\"name\",COUNT(\"tournament__events\".\"id\") FILTER (WHERE \"tournament__events\".\"prize\">?) \"big\" FROM \"tournament\" LEFT OUTER JOIN \"event\" \"tournament__events\" ON \"tournament__events\".\"tournament_id\"=\"tournament\".\"id\" GROUP BY \"tournament\".\"id\",\"tournament\".\"name\"",
                    "case", "SELECT \"event\".\"id\",\"event\".\"name\",CASE WHEN \"event\".\"prize\">=? THEN ? ELSE ? END \"size\" FROM \"event\" WHERE CASE WHEN \"event\".\"prize\">=? THEN ? ELSE ? END=?",
                    "subquery", "SELECT \"tournament\".\"id\",\"tournament\".\"name\" FROM \"tournament\" WHERE EXISTS (SELECT 1 FROM \"event\" \"_s1\" WHERE \"_s1\".\"tournament_id\"=\"tournament\".\"id\" LIMIT ?) AND \"tournament\".\"id\" IN (SELECT \"_s1\".\"tournament_id\" \"tournament\" FROM \"event\" \"_s1\" WHERE \"_s1\".\"prize\">? LIMIT ?)",
                    "union", "SELECT * FROM (SELECT * FROM (SELECT \"event\".\"id\",\"event\".\"name\",\"event\".\"prize\" FROM \"event\" WHERE \"event\".\"prize\">? ORDER BY \"event\".\"prize\" DESC LIMIT ?) \"_u1\" UNION ALL SELECT \"event\".\"id\",\"event\".\"name\",\"event\".\"prize\" FROM \"event\" LEFT OUTER JOIN \"tournament\" \"event__tournament\" ON \"event\".\"tournament_id\"=\"event__tournament\".\"id\" WHERE \"event__tournament\".\"name\"=? UNION SELECT \"event\".\"id\",\"event\".\"name\",\"event\".\"prize\" FROM \"event\" WHERE \"event\".\"rank\"=?) \"_union\" ORDER BY \"_union\".\"prize\" DESC OFFSET ?",
                    "json", "ParamsException: The JSON lookup 'data__owner__name__icontains' is not supported on h2: key paths, contains and contained_by on a @JSONField need PostgreSQL, MySQL/MariaDB or SQLite; filter on a column of its own here instead"));
}
