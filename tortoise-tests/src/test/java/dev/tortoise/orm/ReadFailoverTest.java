package dev.tortoise.orm;

import dev.tortoise.Model;
import dev.tortoise.Router;
import dev.tortoise.Tortoise;
import dev.tortoise.TortoiseConfig;
import dev.tortoise.exceptions.DbConnectionException;
import dev.tortoise.orm.replica.Note;
import dev.tortoise.testing.RequiresPostgres;
import dev.tortoise.testing.TestDatabase;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Router#dbForReadFallback} without a replica: reads are routed to a PostgreSQL connection
 * whose port refuses connections, and the router's fallback decides where they go instead.
 * ({@code ReplicaTest} does the same with a real replica that is stopped.)
 */
@RequiresPostgres
class ReadFailoverTest {
    @RegisterExtension
    static final TestDatabase PG = TestDatabase.postgres();
    @RegisterExtension
    static final TestDatabase LITE = TestDatabase.sqlite();

    /** What {@link DownRouter#dbForReadFallback} answers. */
    private static volatile String fallback;
    private static final AtomicInteger ASKED = new AtomicInteger();

    /** Reads go to "down"; the fallback is the test's to set. */
    public static final class DownRouter implements Router {
        @Override
        public String dbForRead(Class<? extends Model> model) {
            return "down";
        }

        @Override
        public String dbForReadFallback(Class<? extends Model> model, String failedConnection,
                                        DbConnectionException failure) {
            assertEquals(Note.class, model);
            assertEquals("down", failedConnection);
            ASKED.incrementAndGet();
            return fallback;
        }
    }

    private Tortoise tortoise;

    @BeforeEach
    void open() {
        fallback = "default";
        ASKED.set(0);
        tortoise = Tortoise.init(TortoiseConfig.builder()
                .connection("default", PG.url())
                .connection("down", "postgres://postgres@127.0.0.1:1/" + PG.databaseName() + "?timeout=1")
                .connection("lite", LITE.url())
                .app("notes", List.of("dev.tortoise.orm.replica"), "default")
                .routers(new DownRouter())
                .build());
        tortoise.generateSchemas();
        Note.objects.all().delete();
    }

    @AfterEach
    void close() {
        tortoise.close();
    }

    @Test
    void readsGoWhereTheFallbackSays() {
        Note.written("one");
        Note.written("two");
        assertEquals(2, Note.objects.count());
        assertEquals(List.of("one", "two"), Note.objects.all().orderBy("id").list().stream().map(n -> n.text).toList());
        assertEquals(List.of(List.of("one")), Note.objects.filter("text", "one").valuesList("text"));
        assertTrue(Note.objects.filter("text", "two").exists());
        try (Stream<Note> notes = Note.objects.all().stream()) {
            assertEquals(2, notes.count());
        }
        assertEquals(5, ASKED.get(), "asked once per read");
    }

    @Test
    void withoutAFallbackTheFailureComesOut() {
        fallback = null;
        DbConnectionException e = assertThrows(DbConnectionException.class, Note.objects::count);
        assertTrue(e.getMessage().contains("'down'"), e.getMessage());
        fallback = "down"; // the failed connection itself: no answer
        assertThrows(DbConnectionException.class, Note.objects::count);
        fallback = "nowhere"; // not configured: no answer
        assertThrows(DbConnectionException.class, Note.objects::count);
    }

    @Test
    void aFallbackOfAnotherDialectIsNotTried() {
        fallback = "lite";
        DbConnectionException e = assertThrows(DbConnectionException.class, Note.objects::count);
        assertTrue(e.getMessage().contains("'down'"), e.getMessage());
    }

    @Test
    void usingDbBypassesTheFallback() {
        assertThrows(DbConnectionException.class, () -> Note.objects.all().usingDb("down").count());
        assertEquals(0, ASKED.get());
    }

    @Test
    void readsInATransactionOnTheWriteConnectionNeverTryTheRoutedOne() {
        fallback = null;
        long inside = tortoise.inTransaction("default", () -> {
            Note.written("in a transaction");
            return Note.objects.count();
        });
        assertEquals(1, inside);
        assertEquals(0, ASKED.get());
    }
}
