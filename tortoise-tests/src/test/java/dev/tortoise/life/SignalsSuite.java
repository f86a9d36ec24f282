package dev.tortoise.life;

import dev.tortoise.Q;
import dev.tortoise.life.models.Journal;
import dev.tortoise.life.models.Note;
import dev.tortoise.life.models.Stamped;
import dev.tortoise.signals.Signals;
import dev.tortoise.signals.Subscription;
import dev.tortoise.junit.SqlCapture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signals (issue 15): order (annotated methods, parent's first, then listeners of the class, then
 * of parent models, each in registration order), arguments, exceptions that stop a write or roll
 * a transaction back, subscriptions that remove their listener, and bulk calls that fire nothing.
 */
class SignalsSuite extends LifeTestBase {
    private final List<Subscription> subscriptions = new ArrayList<>();

    @AfterEach
    void unsubscribe() {
        subscriptions.forEach(Subscription::close);
        subscriptions.clear();
    }

    private void listenToEverything() {
        subscriptions.add(Signals.preSave(Stamped.class, (n, fields) -> Journal.LOG.add("Stamped listener pre " + fields)));
        subscriptions.add(Signals.preSave(Note.class, (n, fields) -> Journal.LOG.add("listener 1 pre " + n.slug + " " + fields)));
        subscriptions.add(Signals.preSave(Note.class, (n, fields) -> Journal.LOG.add("listener 2 pre")));
        subscriptions.add(Signals.postSave(Note.class, (n, created, fields) ->
                Journal.LOG.add("listener post " + created + " " + fields + " id set " + (n.pk() != null))));
        subscriptions.add(Signals.preDelete(Note.class, n -> Journal.LOG.add("listener pre delete " + n.pk())));
        subscriptions.add(Signals.postDelete(Note.class, n -> Journal.LOG.add("listener post delete " + rows("note"))));
    }

    @Test
    void saveAndDeleteRunMethodsThenListenersInOrderWithTheirArguments() {
        listenToEverything();
        Note note = Note.objects.create(n -> n.title = "Hello World");
        assertEquals(List.of("Stamped@PreSave", "Note@PreSave []", "listener 1 pre hello-world []", "listener 2 pre",
                "Stamped listener pre []", "Note@PostSave true []", "listener post true [] id set true"), Journal.LOG);
        assertEquals("hello-world", Note.objects.get("pk", note.pk()).slug, "a pre-save method's change is written");

        Journal.LOG.clear();
        note.title = "Renamed";
        note.save("title");
        assertEquals(List.of("Stamped@PreSave", "Note@PreSave [title]", "listener 1 pre renamed [title]",
                "listener 2 pre", "Stamped listener pre [title]", "Note@PostSave false [title]",
                "listener post false [title] id set true"), Journal.LOG);

        Journal.LOG.clear();
        Object key = note.pk();
        note.delete();
        assertEquals(List.of("Note@PreDelete " + key, "listener pre delete " + key, "Note@PostDelete",
                "listener post delete 0"), Journal.LOG, "post-delete runs after the row is gone");
    }

    @Test
    void aThrowingPreListenerStopsTheWriteBeforeAnySql() {
        IllegalStateException refusal = new IllegalStateException("not today");
        subscriptions.add(Signals.preSave(Note.class, (n, fields) -> {
            throw refusal;
        }));
        subscriptions.add(Signals.preSave(Note.class, (n, fields) -> Journal.LOG.add("never")));
        Note note = new Note();
        note.title = "Refused";
        try (SqlCapture sql = SqlCapture.start()) {
            assertSame(refusal, assertThrows(IllegalStateException.class, note::save));
            assertEquals(0, sql.count(), sql.toString());
        }
        assertEquals(0, rows("note"));
        assertFalse(Journal.LOG.contains("never"), "listeners after the throwing one do not run");

        unsubscribe();
        Note.objects.create(n -> n.title = "Kept");
        subscriptions.add(Signals.preDelete(Note.class, n -> {
            throw refusal;
        }));
        Note kept = Note.objects.get("title", "Kept");
        assertSame(refusal, assertThrows(IllegalStateException.class, kept::delete));
        assertEquals(1, rows("note"), "a throwing pre-delete listener keeps the row");
    }

    @Test
    void aThrowingPostListenerComesAfterTheWriteAndRollsTheTransactionBack() {
        IllegalArgumentException late = new IllegalArgumentException("too late");
        subscriptions.add(Signals.postSave(Note.class, (n, created, fields) -> {
            throw late;
        }));
        Note outside = new Note();
        outside.title = "Outside";
        assertSame(late, assertThrows(IllegalArgumentException.class, outside::save));
        assertEquals(1, rows("note"), "outside a transaction the row was written before the listener threw");

        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> tortoise.inTransaction(() -> {
            Note inside = new Note();
            inside.title = "Inside";
            inside.save();
            return null;
        }));
        assertSame(late, thrown, "the listener's exception comes out of the block unchanged");
        assertEquals(1, rows("note"), "the block rolled back the row the listener saw");
        assertFalse(Note.objects.filter("title", "Inside").exists());
    }

    @Test
    void closedSubscriptionsNoLongerRun() {
        List<String> seen = new ArrayList<>();
        Subscription first = Signals.postSave(Note.class, (n, created, fields) -> seen.add("first " + n.title));
        Subscription second = Signals.postSave(Note.class, (n, created, fields) -> seen.add("second " + n.title));
        subscriptions.add(first);
        subscriptions.add(second);
        Note.objects.create(n -> n.title = "a");
        assertTrue(first.isActive());
        first.close();
        first.close(); // idempotent
        assertFalse(first.isActive());
        Note.objects.create(n -> n.title = "b");
        second.close();
        Note.objects.create(n -> n.title = "c");
        assertEquals(List.of("first a", "second a", "second b"), seen);
    }

    @Test
    void upsertsFireSaveSignalsAndBulkCallsFireNone() {
        List<String> seen = new ArrayList<>();
        subscriptions.add(Signals.postSave(Note.class, (n, created, fields) -> seen.add(n.title + " " + created)));
        Note.objects.getOrCreate(Q.of("title", "got"), n -> { });
        Note.objects.updateOrCreate(Q.of("title", "got"), n -> n.slug = "x");
        Note.objects.updateOrCreate(Q.of("title", "new"), n -> { });
        assertEquals(List.of("got true", "got false", "new true"), seen);

        seen.clear();
        Journal.LOG.clear();
        subscriptions.add(Signals.preDelete(Note.class, n -> seen.add("delete")));
        Note a = new Note();
        a.title = "bulk a";
        a.slug = "a";
        Note b = new Note();
        b.title = "bulk b";
        b.slug = "b";
        Note.objects.bulkCreate(List.of(a, b));
        a.title = "bulk a2";
        Note.objects.bulkUpdate(List.of(a), "title");
        Note.objects.filter("title", "bulk b").update(Map.of("slug", "bb"));
        Note.objects.all().delete();
        assertEquals(List.of(), seen);
        assertEquals(List.of(), Journal.LOG, "no annotated method ran either");
        assertEquals(0, rows("note"));
    }
}
