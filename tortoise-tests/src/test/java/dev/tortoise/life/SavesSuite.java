package dev.tortoise.life;

import dev.tortoise.SaveOptions;
import dev.tortoise.exceptions.DoesNotExistException;
import dev.tortoise.exceptions.IntegrityException;
import dev.tortoise.exceptions.OperationalException;
import dev.tortoise.exceptions.OptimisticLockException;
import dev.tortoise.exceptions.ParamsException;
import dev.tortoise.life.models.Counter;
import dev.tortoise.life.models.Note;
import dev.tortoise.life.models.Wallet;
import dev.tortoise.signals.Signals;
import dev.tortoise.signals.Subscription;
import dev.tortoise.junit.SqlCapture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Optimistic locking with {@code @VersionField} and honest saves (issue 15): versions start at 1
 * and go up by one per update, a lost update between two virtual threads is caught, bulkUpdate
 * checks versions, an update of a vanished row raises, and forced saves do what they say.
 */
class SavesSuite extends LifeTestBase {

    private long storedVersion(String table, String column, Object pk) {
        Object v = tortoise.connection("default").executeQueryDict("SELECT " + q(column) + " AS v FROM " + q(table)
                + " WHERE " + q("id") + " = ?", pk).getFirst().get("v");
        return ((Number) v).longValue();
    }

    @Test
    void versionIsOneOnInsertAndOneMorePerUpdateInTheSameStatement() {
        Wallet w = Wallet.objects.create(x -> x.owner = "ann");
        assertEquals(1, w.version);
        assertEquals(1, storedVersion("wallet", "version", w.pk()));
        w.balance = 5;
        try (SqlCapture sql = SqlCapture.start()) {
            w.save();
            assertEquals(1, sql.count(), sql.toString());
            String update = sql.statements().getFirst();
            assertTrue(update.contains(q("version") + "=" + q("version") + "+1"), update);
            assertTrue(update.endsWith("WHERE " + q("id") + "=? AND " + q("version") + "=?"), update);
        }
        assertEquals(2, w.version);
        w.save("balance");
        assertEquals(3, w.version);
        Wallet loaded = Wallet.objects.get("pk", w.pk());
        assertEquals(3, loaded.version);
        assertEquals(5, loaded.balance);
        loaded.save(); // nothing changed: still one matched row (MySQL counts found rows), version 4
        assertEquals(4, storedVersion("wallet", "version", w.pk()));

        Counter c = new Counter();
        c.revision = 41; // ignored: an insert writes 1
        c.save();
        assertEquals(1L, c.revision);
        c.hits = 2;
        c.save();
        assertEquals(2L, c.revision);
        assertEquals(2, storedVersion("counter", "rev", c.pk()));
    }

    @Test
    void aLostUpdateBetweenTwoVirtualThreadsIsCaught() throws Exception {
        Wallet w = Wallet.objects.create(x -> {
            x.owner = "shared";
            x.balance = 100;
        });
        CyclicBarrier bothLoaded = new CyclicBarrier(2);
        List<Future<String>> outcomes = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int amount : new int[]{10, 20}) {
                outcomes.add(threads.submit(() -> {
                    Wallet mine = Wallet.objects.get("pk", w.pk());
                    bothLoaded.await(10, TimeUnit.SECONDS);
                    mine.balance += amount;
                    try {
                        mine.save();
                        return "saved " + amount;
                    } catch (OptimisticLockException e) {
                        return e.getMessage();
                    }
                }));
            }
        }
        List<String> results = new ArrayList<>();
        for (Future<String> f : outcomes) {
            results.add(f.get());
        }
        List<String> saved = results.stream().filter(r -> r.startsWith("saved")).toList();
        assertEquals(1, saved.size(), results.toString());
        String lost = results.stream().filter(r -> !r.startsWith("saved")).findFirst().orElseThrow();
        assertEquals("Wallet with pk=" + w.pk() + " was changed or deleted by another writer since version 1 was read,"
                + " so this update was not applied; reload it (refreshFromDb()) and try again", lost);
        Wallet after = Wallet.objects.get("pk", w.pk());
        assertEquals(2, after.version);
        assertEquals(saved.getFirst().equals("saved 10") ? 110 : 120, after.balance, "the winner's edit, not both");
    }

    @Test
    void aVersionedRowDeletedMeanwhileIsAConflictAndBulkUpdateChecksEveryRow() {
        Wallet a = Wallet.objects.create(x -> x.owner = "a");
        Wallet b = Wallet.objects.create(x -> x.owner = "b");
        Wallet staleB = Wallet.objects.get("pk", b.pk());
        b.balance = 7;
        b.save(); // b is at version 2, staleB still holds 1
        a.balance = 1;
        staleB.balance = 2;
        try (SqlCapture sql = SqlCapture.start()) {
            OptimisticLockException e = assertThrows(OptimisticLockException.class,
                    () -> Wallet.objects.bulkUpdate(List.of(a, staleB), "balance"));
            assertEquals("bulkUpdate() of Wallet: the rows with pk=[" + b.pk() + "] were changed or deleted by another"
                    + " writer since they were read, so nothing was updated; reload them and try again", e.getMessage());
        }
        assertEquals(0, Wallet.objects.get("pk", a.pk()).balance, "rolled back: a was not updated either");
        assertEquals(1, a.version, "versions of instances are untouched when the bulk update fails");
        assertEquals(2, Wallet.objects.bulkUpdate(List.of(a, b), "balance"));
        assertEquals(2, a.version);
        assertEquals(3, b.version);
        assertEquals(3, storedVersion("wallet", "version", b.pk()));

        Wallet.objects.filter("pk", a.pk()).delete();
        a.balance = 99;
        assertThrows(OptimisticLockException.class, a::save);
        assertEquals(0, Wallet.objects.filter("pk", a.pk()).count());
    }

    @Test
    void anUpdateOfAVanishedRowRaisesInsteadOfDoingNothing() {
        Note note = Note.objects.create(n -> n.title = "Here");
        Note.objects.filter("pk", note.pk()).delete();
        note.title = "Gone";
        DoesNotExistException e = assertThrows(DoesNotExistException.class, note::save);
        assertEquals("Can't update Note with pk=" + note.pk() + ": no such row (deleted meanwhile?), so nothing was"
                + " saved; save(SaveOptions.forceCreate()) inserts it", e.getMessage());
        assertThrows(DoesNotExistException.class, () -> note.save("title"));
        assertEquals(0, rows("note"), "nothing was inserted either");

        note.save(SaveOptions.forceCreate());
        assertEquals("gone", Note.objects.get("pk", note.pk()).slug, "forceCreate inserted it again with its key");
    }

    @Test
    void forcedSavesInsertOrUpdateAsTold() {
        List<String> seen = new ArrayList<>();
        try (Subscription s = Signals.postSave(Note.class, (n, created, fields) -> seen.add(created + " " + fields))) {
            Note original = Note.objects.create(n -> n.title = "Original");
            IntegrityException duplicate = assertThrows(IntegrityException.class,
                    () -> original.save(SaveOptions.forceCreate()));
            assertInstanceOf(OperationalException.class, duplicate);

            Note detached = new Note();
            detached.id = original.id;
            detached.title = "Replaced";
            detached.save(SaveOptions.forceUpdate());
            assertEquals(1, rows("note"));
            assertEquals("replaced", Note.objects.get("pk", original.pk()).slug);

            Note partialUpdate = new Note();
            partialUpdate.id = original.id;
            partialUpdate.title = "Title only";
            partialUpdate.slug = "ignored";
            partialUpdate.save(SaveOptions.forceUpdate().updateFields("title"));
            Note loaded = Note.objects.get("pk", original.pk());
            assertEquals("Title only", loaded.title);
            assertEquals("replaced", loaded.slug, "only the named field was written");

            Note nowhere = new Note();
            nowhere.id = original.id + 1000;
            nowhere.title = "Nowhere";
            assertThrows(DoesNotExistException.class, () -> nowhere.save(SaveOptions.forceUpdate()));
            assertEquals(1, rows("note"));

            Note keyless = new Note();
            keyless.title = "No key";
            OperationalException noKey = assertThrows(OperationalException.class, () -> keyless.save(SaveOptions.forceUpdate()));
            assertTrue(noKey.getMessage().startsWith("Can't update Note without a primary key"), noKey.getMessage());
            assertThrows(ParamsException.class, () -> SaveOptions.forceCreate().updateFields("title"));
            assertEquals(List.of("true []", "false []", "false [title]"), seen);
        }
        Note.objects.filter("title", "Title only").update(Map.of("title", "Bulk"));
    }
}
