package dev.tortoise.backend.sqlite;

import dev.tortoise.exceptions.OperationalException;
import dev.tortoise.spi.DbClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One connection per client, and waits for locks held elsewhere retried in Java. */
class SqliteLockingTest {

    @TempDir
    Path folder;

    private final List<DbClient> clients = new ArrayList<>();

    @AfterEach
    void closeClients() {
        clients.forEach(DbClient::close);
    }

    private DbClient client(Map<String, Object> credentials) {
        DbClient client = new SqliteBackendProvider().createClient("default", credentials);
        clients.add(client);
        return client;
    }

    /**
     * Creates table {@code t} in the file with a client of its own, which then holds a write
     * transaction (one row inserted) for {@code millis} on another thread, returned once it holds it.
     */
    private Thread lockFor(String file, long millis) throws InterruptedException {
        DbClient holder = client(Map.of("file_path", file));
        holder.executeScript("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)");
        CountDownLatch locked = new CountDownLatch(1);
        Thread thread = Thread.ofVirtual().start(() -> {
            try {
                holder.inTransaction(() -> {
                    holder.executeUpdate("INSERT INTO t (name) VALUES (?)", "holder");
                    locked.countDown();
                    Thread.sleep(millis); // the block's InterruptedException reaches the caller as is
                    return null;
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertTrue(locked.await(5, TimeUnit.SECONDS));
        return thread;
    }

    @Test
    void aWriterWaitsWhileAnotherConnectionHoldsTheLock() throws Exception {
        String file = folder.resolve("busy.sqlite3").toString();
        DbClient waiter = client(Map.of("file_path", file));
        Thread thread = lockFor(file, 300);
        long start = System.nanoTime();
        waiter.executeUpdate("INSERT INTO t (name) VALUES (?)", "waiter");
        long waitedMillis = (System.nanoTime() - start) / 1_000_000;
        thread.join();
        assertTrue(waitedMillis >= 100, "the waiter went through while the lock was held: " + waitedMillis + " ms");
        assertEquals(2, waiter.executeQueryDict("SELECT * FROM t").size());
    }

    @Test
    void aScriptWaitsStatementByStatement() throws Exception {
        String file = folder.resolve("script.sqlite3").toString();
        DbClient waiter = client(Map.of("file_path", file));
        Thread thread = lockFor(file, 300);
        waiter.executeScript("SELECT 1; CREATE TABLE u (id INTEGER PRIMARY KEY); INSERT INTO u (id) VALUES (1);"
                + " INSERT INTO t (name) VALUES ('script')");
        thread.join();
        assertEquals(1, waiter.executeQueryDict("SELECT * FROM u").size());
        assertEquals(2, waiter.executeQueryDict("SELECT * FROM t").size());
    }

    @Test
    void aLockHeldLongerThanBusyTimeoutFailsClearly() throws Exception {
        String file = folder.resolve("timeout.sqlite3").toString();
        DbClient impatient = client(Map.of("file_path", file, "busy_timeout", 100));
        Thread thread = lockFor(file, 1000);
        OperationalException e = assertThrows(OperationalException.class,
                () -> impatient.executeUpdate("INSERT INTO t (name) VALUES (?)", "impatient"));
        assertTrue(e.getMessage().contains("locked"), e.getMessage());
        thread.join();
    }

    @Test
    void anotherThreadOfTheSameClientWaitsForTheTransactionToEnd() throws Exception {
        DbClient client = client(Map.of("file_path", folder.resolve("own.sqlite3").toString()));
        client.executeScript("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)");
        CountDownLatch started = new CountDownLatch(1);
        int[] seen = new int[1];
        Thread[] reader = new Thread[1];
        client.inTransaction(() -> {
            client.executeUpdate("INSERT INTO t (name) VALUES (?)", "in transaction");
            reader[0] = Thread.ofVirtual().start(() -> {
                started.countDown();
                seen[0] = client.executeQueryDict("SELECT * FROM t").size();
            });
            assertTrue(started.await(5, TimeUnit.SECONDS));
            reader[0].join(200);
            assertTrue(reader[0].isAlive(), "the other thread must wait for the connection");
            return null;
        });
        reader[0].join(5000);
        assertFalse(reader[0].isAlive());
        assertEquals(1, seen[0], "and then sees the committed row");
    }
}
