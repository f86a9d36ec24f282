package dev.tortoise.orm;

import dev.tortoise.exceptions.DoesNotExistException;
import dev.tortoise.exceptions.FieldException;
import dev.tortoise.exceptions.MultipleObjectsReturnedException;
import dev.tortoise.exceptions.OperationalException;
import dev.tortoise.exceptions.ValidationException;
import dev.tortoise.orm.models.Event;
import dev.tortoise.orm.models.Player;
import dev.tortoise.orm.models.Tournament;
import dev.tortoise.junit.SqlCapture;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Instances: save (insert, update, partial), delete, refreshFromDb, pk, autoNow/autoNowAdd, validation, get. */
class CrudSuite extends OrmTestBase {

    @Test
    void createInsertsTheRowAndFillsGeneratedKeyAndAutoNowAdd() {
        Tournament cup = Tournament.named("Cup");
        assertNotNull(cup.id);
        assertEquals(cup.id, cup.pk());
        assertNotNull(cup.created);
        List<Map<String, Object>> rows = tortoise.connection("default")
                .executeQueryDict("SELECT " + q("id") + ", " + q("name") + " FROM " + q("tournament"));
        assertEquals(1, rows.size());
        assertEquals(cup.id.longValue(), ((Number) rows.getFirst().get("id")).longValue());
        assertEquals("Cup", rows.getFirst().get("name"));
        Tournament loaded = Tournament.objects.get("id", cup.id);
        assertEquals(cup.created.toInstant(), loaded.created.toInstant());
    }

    @Test
    void saveInsertsNewInstanceThenUpdatesIt() {
        Tournament t = new Tournament();
        t.name = "First";
        t.save();
        Integer id = t.id;
        t.name = "Second";
        t.save();
        assertEquals(id, t.id);
        assertEquals(1, rows("tournament"));
        assertEquals("Second", Tournament.objects.get("pk", id).name);
    }

    @Test
    void saveWithFieldsUpdatesOnlyThose() {
        Tournament cup = Tournament.named("Cup");
        Event e = Event.of("Final", cup);
        e.name = "Grand Final";
        e.rank = 7;
        e.save("rank");
        Event loaded = Event.objects.get("id", e.id);
        assertEquals("Final", loaded.name);
        assertEquals(7, loaded.rank);
        FieldException unknown = assertThrows(FieldException.class, () -> e.save("nope"));
        assertTrue(unknown.getMessage().contains("nope"), unknown.getMessage());
    }

    @Test
    void autoNowChangesOnEverySaveAndAutoNowAddDoesNot() throws InterruptedException {
        Tournament cup = Tournament.named("Cup");
        Event e = Event.of("Final", cup);
        OffsetDateTime first = e.modified;
        OffsetDateTime created = cup.created;
        assertNotNull(first);
        Thread.sleep(5);
        e.name = "Renamed";
        e.save();
        cup.save();
        assertTrue(e.modified.isAfter(first), first + " then " + e.modified);
        assertEquals(created, cup.created);
        assertEquals(e.modified.toInstant(), Event.objects.get("id", e.id).modified.toInstant());
    }

    @Test
    void deleteRemovesTheRowOnlyOnce() {
        Tournament cup = Tournament.named("Cup");
        Tournament other = Tournament.named("Other");
        cup.delete();
        assertEquals(List.of(other.id), Tournament.objects.all().valuesList("id").stream().map(r -> r.getFirst()).toList());
        OperationalException e = assertThrows(OperationalException.class, cup::delete);
        assertTrue(e.getMessage().startsWith("Can't delete unpersisted record"), e.getMessage());
        assertThrows(OperationalException.class, () -> new Tournament().delete());
    }

    @Test
    void refreshFromDbReloadsFields() {
        Tournament cup = Tournament.named("Cup");
        Tournament.objects.filter("id", cup.id).update(Map.of("name", "Renamed"));
        cup.refreshFromDb("name");
        assertEquals("Renamed", cup.name);
        Tournament.objects.filter("id", cup.id).update(Map.of("name", "Again"));
        cup.refreshFromDb();
        assertEquals("Again", cup.name);
        OperationalException e = assertThrows(OperationalException.class, () -> new Tournament().refreshFromDb());
        assertTrue(e.getMessage().startsWith("Can't refresh unpersisted record"), e.getMessage());
        cup.delete();
        cup.save(); // re-inserted as a new row with its key
        Tournament.objects.filter("id", cup.id).delete();
        assertThrows(DoesNotExistException.class, cup::refreshFromDb);
    }

    @Test
    void validationFailsBeforeAnySqlRuns() {
        Tournament tooLong = new Tournament();
        tooLong.name = "x".repeat(101);
        try (SqlCapture sql = SqlCapture.start()) {
            ValidationException e = assertThrows(ValidationException.class, tooLong::save);
            assertTrue(e.getMessage().contains("Tournament.name"), e.getMessage());
            assertTrue(e.getMessage().contains("Length of"), e.getMessage());
            ValidationException missing = assertThrows(ValidationException.class, () -> Tournament.objects.create(t -> { }));
            assertEquals("Tournament.name is non nullable field, but null was passed", missing.getMessage());
            ValidationException digits = assertThrows(ValidationException.class, () -> Event.objects.create(ev -> {
                ev.name = "x";
                ev.prize = new BigDecimal("123456789.5");
            }));
            assertTrue(digits.getMessage().contains("Event.prize"), digits.getMessage());
            assertEquals(0, sql.count(), sql.toString());
        }
        assertEquals(0, rows("tournament"));
    }

    @Test
    void savingAReferenceToAnUnsavedInstanceFails() {
        Tournament unsaved = new Tournament();
        unsaved.name = "Later";
        Event e = new Event();
        e.name = "Final";
        e.tournament = unsaved;
        ValidationException error = assertThrows(ValidationException.class, e::save);
        assertTrue(error.getMessage().contains("You should first call .save()"), error.getMessage());
    }

    @Test
    void uuidKeyIsGeneratedAndPrimitiveFieldsRoundTrip() {
        Player p = Player.objects.create(x -> {
            x.name = "Ann";
            x.score = 42;
        });
        assertNotNull(p.id);
        Player loaded = Player.objects.get("pk", p.id);
        assertEquals(42, loaded.score);
        assertEquals(Boolean.TRUE, loaded.active);
        UUID chosen = UUID.randomUUID();
        Player.objects.create(x -> {
            x.id = chosen;
            x.name = "Bob";
        });
        assertEquals("Bob", Player.objects.get("id", chosen).name);
    }

    @Test
    void getRaisesUpstreamErrors() {
        Tournament.named("A");
        Tournament.named("A");
        DoesNotExistException none = assertThrows(DoesNotExistException.class, () -> Tournament.objects.get("name", "Z"));
        assertEquals("Tournament matching name=Z does not exist", none.getMessage());
        MultipleObjectsReturnedException many = assertThrows(MultipleObjectsReturnedException.class,
                () -> Tournament.objects.get("name", "A"));
        assertEquals("Multiple objects returned for \"Tournament\" matching name=A, expected exactly one",
                many.getMessage());
        assertTrue(Tournament.objects.getOrNone("name", "Z").isEmpty());
        assertThrows(MultipleObjectsReturnedException.class, () -> Tournament.objects.getOrNone("name", "A"));
    }

    @Test
    void loadedInstancesAreUpdatedNotInsertedAgain() {
        Tournament.named("Cup");
        Tournament loaded = Tournament.objects.first().orElseThrow();
        loaded.name = "Changed";
        loaded.save();
        assertEquals(1, rows("tournament"));
        assertEquals("Changed", Tournament.objects.first().orElseThrow().name);
        assertFalse(Tournament.objects.filter("name", "Cup").exists());
        assertNotEquals(null, loaded.created);
        assertNull(Event.objects.first().orElse(null));
    }
}
