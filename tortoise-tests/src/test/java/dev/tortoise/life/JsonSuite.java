package dev.tortoise.life;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tortoise.exceptions.FieldException;
import dev.tortoise.exceptions.ParamsException;
import dev.tortoise.json.ModelJson;
import dev.tortoise.json.ModelJsonWriter;
import dev.tortoise.life.models.Club;
import dev.tortoise.life.models.Fixture;
import dev.tortoise.life.models.League;
import dev.tortoise.life.models.Surface;
import dev.tortoise.life.models.Tier;
import dev.tortoise.junit.SqlCapture;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Model JSON (issue 15): the same bytes on every backend for every column kind (golden files),
 * relations only when included and loaded with one query per relation, exclude and maxDepth, the
 * schema, and the Jackson module writing as the writer does.
 */
class JsonSuite extends LifeTestBase {
    private static final ModelJsonWriter<Fixture> FIXTURES = ModelJson.writer(Fixture.class);

    private League league() {
        League league = new League();
        league.id = 1;
        league.name = "Premier";
        league.founded = LocalDate.of(1992, 2, 20);
        league.save();
        return league;
    }

    private Fixture full(League league) {
        Fixture f = new Fixture();
        f.id = 10L;
        f.title = "Final";
        f.prize = new BigDecimal("99.50");
        f.rating = 4.5;
        f.kickoff = OffsetDateTime.parse("2024-05-01T18:30:00Z");
        f.length = Duration.ofMinutes(90);
        f.surface = Surface.GRASS;
        f.tier = Tier.SECOND;
        f.ref = UUID.fromString("0b7c6a59-3d8e-4f0a-9a55-5c1de2a0b001");
        f.badge = new byte[]{1, 2, 3};
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("roof", List.of(true, "partial")); // in JSONB's order (shorter keys first): the same on every backend
        extra.put("seats", 40000);
        f.extra = extra;
        f.live = true;
        f.league = league;
        f.save();
        return f;
    }

    @Test
    void everyColumnKindIsWrittenTheSameOnEveryBackend() {
        League league = league();
        full(league);
        Fixture empty = new Fixture();
        empty.id = 11L;
        empty.title = "Friendly";
        empty.league = league;
        empty.save();
        // read back, so the values are what this backend stored
        List<Fixture> loaded = Fixture.objects.all().orderBy("id").list();
        Golden.assertJson("fixtures.json", FIXTURES.toJson(loaded));
        Golden.assertJson("fixture-with-league.json", FIXTURES.include("league").exclude("badge").toJson(loaded.getFirst()));
        Golden.assertJson("fixture-with-league.schema.json", FIXTURES.include("league").exclude("badge").schema());
    }

    @Test
    void includedRelationsCostOneQueryEachNeverOnePerRow() {
        League league = league();
        Club red = Club.objects.create(c -> c.name = "Red");
        Club blue = Club.objects.create(c -> c.name = "Blue");
        for (long id = 20; id < 23; id++) {
            Fixture f = new Fixture();
            f.id = id;
            f.title = "F" + id;
            f.league = league;
            f.save();
            f.clubs.add(red, blue);
        }
        ModelJsonWriter<Fixture> both = FIXTURES.include("league", "clubs").exclude("clubs__open");
        String fromQuery;
        try (SqlCapture sql = SqlCapture.start()) {
            fromQuery = both.toJson(Fixture.objects.all().orderBy("id"));
            assertEquals(3, sql.count(), "the rows, the leagues, the clubs: " + sql);
        }
        List<Fixture> plain = Fixture.objects.all().orderBy("id").list();
        try (SqlCapture sql = SqlCapture.start()) {
            assertEquals(fromQuery, both.toJson(plain), "instances get the same JSON as the query set");
            assertEquals(2, sql.count(), "one query per relation the instances did not hold: " + sql);
        }
        List<Fixture> joined = Fixture.objects.all().orderBy("id").selectRelated("league").list();
        try (SqlCapture sql = SqlCapture.start()) {
            FIXTURES.include("league").toJson(joined);
            assertEquals(0, sql.count(), "selectRelated already loaded the leagues: " + sql);
        }
        assertTrue(fromQuery.contains("\"clubs\":[{\"id\":" + red.pk() + ",\"name\":\"Red\"},{\"id\":" + blue.pk()
                + ",\"name\":\"Blue\"}]") || fromQuery.contains("\"clubs\":[{\"id\":" + blue.pk()), fromQuery);
        String reverse = ModelJson.writer(League.class).include("fixtures").exclude("fixtures__badge", "founded")
                .toJson(league);
        assertTrue(reverse.startsWith("{\"id\":1,\"name\":\"Premier\",\"fixtures\":[{\"id\":20,\"title\":\"F20\","),
                reverse);
    }

    @Test
    void excludeMaxDepthAndMistakes() {
        League league = league();
        Fixture f = full(league);
        String slim = FIXTURES.exclude("badge", "extra", "league", "ref", "kickoff", "length", "rating").toJson(f);
        assertEquals("{\"id\":10,\"title\":\"Final\",\"prize\":99.50,\"surface\":\"GRASS\",\"tier\":2,\"live\":true}", slim);
        ParamsException deep = assertThrows(ParamsException.class,
                () -> ModelJson.writer(League.class).include("fixtures__clubs").toJson(league));
        assertEquals("include(\"fixtures__clubs\") of League goes 2 relations deep, more than maxDepth(1) allows;"
                + " raise maxDepth to include it", deep.getMessage());
        String twoLevels = ModelJson.writer(League.class).maxDepth(2).include("fixtures__clubs").exclude("fixtures__badge")
                .toJson(league);
        assertTrue(twoLevels.contains("\"clubs\":[]"), twoLevels);
        FieldException notRelation = assertThrows(FieldException.class, () -> FIXTURES.include("title").toJson(f));
        assertTrue(notRelation.getMessage().startsWith("include(\"title\") of Fixture: not a relation; the relations of"
                + " Fixture are [league, clubs]"), notRelation.getMessage());
        FieldException unknown = assertThrows(FieldException.class, () -> FIXTURES.exclude("nope").toJson(f));
        assertTrue(unknown.getMessage().startsWith("exclude(\"nope\") of Fixture: no such field"), unknown.getMessage());
        assertThrows(ParamsException.class, () -> FIXTURES.toJson("text"));
        assertThrows(ParamsException.class, () -> FIXTURES.toJson(league));
        assertThrows(ParamsException.class, () -> FIXTURES.maxDepth(-1));
        assertEquals("null", FIXTURES.toJson(null));
        assertEquals("[]", FIXTURES.toJson(List.of()));
    }

    @Test
    void anApplicationsObjectMapperWritesModelsAsTheWriterDoes() throws Exception {
        League league = league();
        full(league);
        ObjectMapper mapper = new ObjectMapper().registerModule(ModelJson.module());
        List<Fixture> all = Fixture.objects.all().list();
        assertEquals(FIXTURES.toJson(all), mapper.writeValueAsString(all));
        assertEquals(ModelJson.writer(League.class).toJson(league), mapper.writeValueAsString(league));
        assertEquals(FIXTURES.toJson(all), mapper.writeValueAsString(Fixture.objects.all()));
        assertEquals("{\"league\":" + ModelJson.writer(League.class).toJson(league) + "}",
                mapper.writeValueAsString(Map.of("league", league)), "models nested in the application's own objects");
    }
}
