package dev.tortoise.life;

import dev.tortoise.Tortoise;
import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.exceptions.ParamsException;
import dev.tortoise.exceptions.ValidationException;
import dev.tortoise.json.ModelJson;
import dev.tortoise.life.arrays.Post;
import dev.tortoise.spi.FieldKind;
import dev.tortoise.testing.BackendSuite;
import dev.tortoise.junit.SqlCapture;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code @ArrayField} (issue 15): where the platform has array columns (PostgreSQL), lists round-trip
 * and the contains, contained_by and overlap lookups work; where it has none, init fails naming
 * model, field and connection. Which is which is asked of the platform, not of its name.
 */
class ArraysSuite extends BackendSuite {
    private static final Map<String, List<String>> MODELS = Map.of("models", List.of("dev.tortoise.life.arrays"));
    private static final UUID REF = UUID.fromString("6f1c3c1e-8a55-4c39-9b6e-2f2f0c6f9d11");

    private boolean hasArrays() {
        return database().platform().types().supportsArrayOf(FieldKind.TEXT);
    }

    private static Post post(String title, List<String> tags, List<Integer> scores) {
        Post p = new Post();
        p.title = title;
        p.tags = tags;
        p.scores = scores;
        p.save();
        return p;
    }

    private static List<String> titles(String lookup, Object value) {
        return Post.objects.filter(lookup, value).orderBy("title").valuesList("title").stream()
                .map(row -> (String) row.getFirst()).toList();
    }

    @Test
    void listsRoundTripAndTheArrayLookupsSelect() {
        assumeTrue(hasArrays());
        try (Tortoise t = Tortoise.init(database().url(), MODELS)) {
            t.generateSchemas();
            assertTrue(t.getSchemaSql("default", true).contains("TEXT[] NOT NULL"), t.getSchemaSql("default", true));
            Post java = post("java", List.of("jvm", "typed", "old"), List.of(3, 1, 2));
            post("kotlin", List.of("jvm", "typed"), null);
            post("python", List.of("dynamic"), List.of());
            java.prices = List.of(new BigDecimal("1.50"), new BigDecimal("20"));
            java.refs = List.of(REF);
            java.save();

            Post loaded = Post.objects.get("title", "java");
            assertEquals(List.of("jvm", "typed", "old"), loaded.tags, "in stored order");
            assertEquals(List.of(3, 1, 2), loaded.scores);
            assertEquals(0, new BigDecimal("1.50").compareTo(loaded.prices.getFirst()));
            assertEquals(List.of(REF), loaded.refs);
            loaded.tags.add("mutable");
            assertNull(Post.objects.get("title", "kotlin").scores);
            assertEquals(List.of(), Post.objects.get("title", "python").scores, "an empty list is not NULL");

            assertEquals(List.of("java", "kotlin"), titles("tags__contains", List.of("jvm", "typed")));
            assertEquals(List.of("java"), titles("tags__contains", "old"), "one element for a one-element list");
            assertEquals(List.of("kotlin", "python"), titles("tags__contained_by", List.of("jvm", "typed", "dynamic")));
            assertEquals(List.of("java", "python"), titles("tags__overlap", List.of("old", "dynamic")));
            assertEquals(List.of("java"), titles("scores__contains", List.of(2, 3)));
            assertEquals(List.of("kotlin"), titles("tags", List.of("jvm", "typed")));
            assertEquals(List.of("kotlin"), titles("scores__isnull", true));

            try (SqlCapture sql = SqlCapture.start()) {
                titles("tags__overlap", List.of("x"));
                assertTrue(sql.statements().getFirst().contains(" && ?"), sql.toString());
            }
            List<Post> all = new ArrayList<>(Post.objects.all().orderBy("title").list());
            all.forEach(p -> p.tags = List.of("bulk", p.title));
            Post.objects.bulkUpdate(all, "tags");
            assertEquals(List.of("java", "kotlin", "python"), titles("tags__contains", List.of("bulk")));
            Post fresh = new Post();
            fresh.title = "go";
            fresh.tags = List.of("compiled");
            Post.objects.bulkCreate(List.of(fresh));
            assertEquals(List.of("go"), titles("tags__contains", List.of("compiled")));
            assertEquals("{\"id\":" + java.pk() + ",\"title\":\"java\",\"tags\":[\"bulk\",\"java\"],\"scores\":[3,1,2],"
                    + "\"prices\":[1.50,20],\"refs\":[\"" + REF + "\"]}", ModelJson.writer(Post.class).toJson(Post.objects.get("pk", java.pk())));

            assertThrows(ParamsException.class, () -> titles("tags__gt", List.of("a")));
            assertThrows(ParamsException.class, () -> titles("title__overlap", List.of("a")));
            assertEquals("Post.tags: Length of [] 0 < 1", assertThrows(ValidationException.class,
                    () -> post("empty", List.of(), null)).getMessage());
            Post.objects.all().delete();
        }
    }

    @Test
    void aDatabaseWithoutArraysRefusesTheModelAtInit() {
        assumeFalse(hasArrays());
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> Tortoise.init(database().url(), MODELS));
        assertEquals("Post.tags: @ArrayField of TEXT elements needs a database with array columns, but connection"
                + " 'default' is " + database().platform().name() + ", which has none; keep the list in a @JSONField"
                + " there, or put the model's app on a connection that has arrays", e.getMessage());
    }
}
