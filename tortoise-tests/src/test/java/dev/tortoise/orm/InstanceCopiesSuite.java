package dev.tortoise.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tortoise.exceptions.FieldException;
import dev.tortoise.exceptions.ValidationException;
import dev.tortoise.orm.models.Event;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code cloneInstance()} and {@code updateFromMap()} (issue 14), on every backend. */
class InstanceCopiesSuite extends OrmTestBase {
    QueryFixture f;

    @BeforeEach
    void seed() {
        f = QueryFixture.create();
    }

    @Test
    void aCloneIsUnsavedWithoutKeyAndSavesAsANewRow() {
        Event copy = f.finale.cloneInstance();
        assertNull(copy.pk());
        assertEquals("Final", copy.name);
        assertEquals(f.cup.id, copy.tournament.id);
        copy.name = "Final (replay)";
        copy.save();
        assertNotEquals(f.finale.pk(), copy.pk());
        assertEquals(4, rows("event"));
        assertEquals(new BigDecimal("10.25"), Event.objects.get("name", "Final (replay)").prize);
        assertEquals("Final", Event.objects.get("pk", f.finale.pk()).name, "the original is untouched");
        assertEquals(0, copy.participants.list().size(), "many-to-many links are not copied");
    }

    @Test
    void updateFromMapSetsChecksAndSavesNothing() {
        Event e = Event.objects.get("name", "Opener");
        e.updateFromMap(Map.of("name", "Kick-off", "prize", 5, "tournament", f.cup));
        assertEquals("Kick-off", e.name);
        assertEquals(new BigDecimal("5"), e.prize, "an Integer becomes the field's BigDecimal");
        assertEquals(f.cup.id, e.tournament.id);
        assertEquals("Opener", Event.objects.get("pk", e.pk()).name, "nothing is saved");
        e.save();
        assertEquals("Kick-off", Event.objects.get("pk", e.pk()).name);
    }

    @Test
    void badMapsChangeNothing() {
        Event e = Event.objects.get("name", "Opener");
        FieldException unknown = assertThrows(FieldException.class, () -> e.updateFromMap(Map.of("nope", 1)));
        assertTrue(unknown.getMessage().startsWith("Unknown field nope for model Event in updateFromMap(): fields that"
                + " can be set are ["), unknown.getMessage());
        Map<String, Object> wrongType = new LinkedHashMap<>();
        wrongType.put("name", "Changed");
        wrongType.put("rank", "first");
        ValidationException type = assertThrows(ValidationException.class, () -> e.updateFromMap(wrongType));
        assertEquals("Field 'rank' of Event takes Integer, got String \"first\"", type.getMessage());
        assertEquals("Opener", e.name, "nothing set when one value is wrong");
        Map<String, Object> tooLong = new LinkedHashMap<>();
        tooLong.put("rank", 3);
        tooLong.put("name", "x".repeat(300));
        assertThrows(ValidationException.class, () -> e.updateFromMap(tooLong));
        assertEquals("Opener", e.name);
        assertNull(e.rank, "values set before the check failed are put back");
        ValidationException relation = assertThrows(ValidationException.class,
                () -> e.updateFromMap(Map.of("tournament", "World Cup")));
        assertTrue(relation.getMessage().startsWith("Field 'tournament' of Event takes a Tournament instance"),
                relation.getMessage());
        assertThrows(ValidationException.class, () -> e.updateFromMap(Map.of("rank", 1.5)), "a lossy number");
    }

    @Test
    void rawMapsColumnsToFieldsAndKeepsTheRestAsAnnotations() {
        java.util.List<Event> events = Event.objects.raw(
                "SELECT id, name, prize, rank * 10 AS rank_x10 FROM event WHERE rank IS NOT NULL AND name <> ? ORDER BY rank",
                "Nope");
        assertEquals(java.util.List.of("Final", "Semi_Final"), events.stream().map(e -> e.name).toList());
        assertEquals(new BigDecimal("10.25"), events.getFirst().prize);
        assertEquals(10, ((Number) events.getFirst().annotation("rank_x10")).intValue());
        assertNull(events.getFirst().annotation("nothing"));
        Event partial = events.getFirst();
        partial.name = "Grand Final";
        partial.save("name");
        assertEquals("Grand Final", Event.objects.get("pk", partial.pk()).name);
        assertEquals(java.util.List.of(), Event.objects.raw("SELECT id FROM event WHERE id < 0"));
        assertThrows(dev.tortoise.exceptions.OperationalException.class, () -> Event.objects.raw("SELECT nope FROM event"));
    }
}
