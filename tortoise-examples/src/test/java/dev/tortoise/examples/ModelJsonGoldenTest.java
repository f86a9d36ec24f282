package dev.tortoise.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tortoise.Manager;
import dev.tortoise.Tortoise;
import dev.tortoise.examples.models.Event;
import dev.tortoise.examples.models.Tournament;
import dev.tortoise.json.ModelJson;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON and JSON Schema of the example models, against golden files in
 * {@code src/test/resources/golden} (compared token for token, numbers as written, so that
 * {@code 1000.00} stays {@code 1000.00}). Run with {@code -Dtortoise.golden.write=true} to write
 * the files again after a deliberate change, then read the diff.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelJsonGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Manager<Event> EVENTS = Manager.of(Event.class);
    private static final Manager<Tournament> TOURNAMENTS = Manager.of(Tournament.class);

    private Tortoise tortoise;

    @BeforeAll
    void fill(@TempDir Path dir) {
        tortoise = Tortoise.init("sqlite://" + dir.resolve("json.sqlite3"), Map.of("models", List.of("dev.tortoise.examples.models")));
        tortoise.generateSchemas();
        Tournament cup = new Tournament();
        cup.name = "World Cup";
        cup.created = OffsetDateTime.parse("2024-05-01T09:00:00Z"); // autoNowAdd keeps a value it is given
        cup.save();
        for (String[] e : new String[][] {{"Final", "1000.00"}, {"Semi", null}}) {
            Event event = new Event();
            event.name = e[0];
            event.prize = e[1] == null ? null : new BigDecimal(e[1]);
            event.tournament = cup;
            event.save();
        }
    }

    @AfterAll
    void close() {
        tortoise.close();
    }

    @Test
    void eventsAsJson() throws IOException {
        golden("events.json", ModelJson.writer(Event.class).toJson(EVENTS.all().orderBy("id")));
    }

    @Test
    void eventsWithTheirTournamentAsJson() throws IOException {
        golden("events-with-tournament.json",
                ModelJson.writer(Event.class).include("tournament").toJson(EVENTS.all().orderBy("id")));
    }

    @Test
    void aTournamentWithItsEventsAsJson() throws IOException {
        Tournament cup = TOURNAMENTS.get("name", "World Cup");
        golden("tournament-with-events.json", ModelJson.writer(Tournament.class).include("events").exclude("events__prize")
                .toJson(cup));
    }

    @Test
    void theSchemas() throws IOException {
        golden("event.schema.json", ModelJson.schema(Event.class));
        golden("tournament.schema.json", ModelJson.schema(Tournament.class));
        golden("event-with-tournament.schema.json", ModelJson.writer(Event.class).include("tournament").schema());
    }

    @Test
    void anApplicationsObjectMapperWritesModelsTheSameWay() throws IOException {
        ObjectMapper mapper = new ObjectMapper().registerModule(ModelJson.module());
        assertEquals(ModelJson.writer(Event.class).toJson(EVENTS.all().orderBy("id")),
                mapper.writeValueAsString(EVENTS.all().orderBy("id").list()));
        assertEquals(ModelJson.writer(Event.class).toJson(EVENTS.all().orderBy("id")),
                mapper.writeValueAsString(EVENTS.all().orderBy("id")));
    }

    /** Compares with a golden file (pretty-printed, exact numbers), or writes it when asked to. */
    private static void golden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        String pretty = pretty(actual);
        if (Boolean.getBoolean("tortoise.golden.write")) {
            Files.writeString(file, pretty, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(file), "missing golden file " + file.toAbsolutePath() + "; write it with -Dtortoise.golden.write=true");
        assertEquals(pretty(Files.readString(file, StandardCharsets.UTF_8)), pretty, name);
    }

    /** The same JSON with two-space indentation, every token (numbers included) as written. */
    static String pretty(String json) throws IOException {
        JsonFactory factory = new JsonFactory();
        StringWriter out = new StringWriter();
        try (JsonParser in = factory.createParser(json); JsonGenerator gen = factory.createGenerator(out)) {
            gen.useDefaultPrettyPrinter();
            while (in.nextToken() != null) {
                gen.copyCurrentEventExact(in);
            }
        }
        return out.toString().replace("\r\n", "\n") + "\n";
    }
}
