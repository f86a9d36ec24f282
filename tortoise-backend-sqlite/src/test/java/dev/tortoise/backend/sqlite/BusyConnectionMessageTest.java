package dev.tortoise.backend.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tortoise.exceptions.OperationalException;
import dev.tortoise.spi.ErrorClassifier;
import dev.tortoise.spi.jdbc.ConnectionLease;
import dev.tortoise.spi.jdbc.SqlErrorTranslator;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/**
 * While one caller holds SQLite's one connection (as an open stream does), another caller that
 * waits too long is told what may hold it: a transaction or a stream that was never closed.
 */
class BusyConnectionMessageTest {

    @Test
    void aCallerThatWaitsTooLongIsToldThatAStreamMayHoldTheConnection() throws Exception {
        SqliteSettings settings = SqliteSettings.from("default", Map.of("file_path", ":memory:"));
        SingleConnectionSource source = new SingleConnectionSource(settings,
                () -> DriverManager.getConnection("jdbc:sqlite::memory:"),
                new SqlErrorTranslator("default", "sqlite", ErrorClassifier.NONE, List.of()), Duration.ofMillis(100));
        try (ConnectionLease held = source.acquire()) {
            CompletableFuture<ConnectionLease> other = CompletableFuture.supplyAsync(source::acquire);
            ExecutionException e = assertThrows(ExecutionException.class, other::get);
            OperationalException busy = (OperationalException) e.getCause();
            assertEquals("The connection of 'default' (SQLite in-memory database) stayed in use for 100 ms: a transaction or an open"
                    + " stream() holds it. A stream() holds the connection until it is closed or read to the end:"
                    + " open it in try-with-resources; keep transactions short", busy.getMessage());
        } finally {
            source.close();
        }
    }
}
