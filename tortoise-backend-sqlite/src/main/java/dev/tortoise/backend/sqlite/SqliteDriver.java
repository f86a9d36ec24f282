package dev.tortoise.backend.sqlite;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteJDBCLoader;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Opens SQLite connections, with the driver warmed once per JVM.
 *
 * <p>Loading the native library runs class initialisers and JNI, both of which pin a virtual
 * thread's carrier. {@link #warm()} (called when a client is created, at init) starts that work on
 * a daemon platform thread of its own, so it overlaps with model discovery instead of adding to
 * it; {@link #open} waits for it with a {@link FutureTask} (a virtual thread unmounts while it
 * waits) before it touches the driver, so the first query never runs a class initialiser of the
 * driver itself.
 */
final class SqliteDriver {
    // The daemon thread runs once per JVM and ends when the driver is loaded (well under a second).
    private static final FutureTask<Boolean> WARM_UP = new FutureTask<>(() -> Warm.DONE);
    private static final AtomicBoolean WARM_UP_STARTED = new AtomicBoolean();

    private SqliteDriver() {
    }

    /** Starts loading the driver and its native library in the background; cheap after the first call. */
    static void warm() {
        if (WARM_UP_STARTED.compareAndSet(false, true)) {
            Thread.ofPlatform().daemon().name("tortoise-sqlite-warm-up").start(WARM_UP);
        }
    }

    /** Waits until the driver is warm, starting the warm-up when no client did. */
    private static void awaitWarm() {
        warm();
        try {
            WARM_UP.get();
        } catch (InterruptedException e) {
            // Keep the interrupt for the caller; the driver then finishes loading on this thread.
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // Warm.load reports nothing itself: the first connection reports the real problem.
        }
    }

    static Connection open(SqliteSettings settings) throws SQLException {
        awaitWarm();
        SQLiteConfig config = new SQLiteConfig();
        // Waiting happens in Java (see SqliteClient): SQLite's own busy handler would hold the
        // carrier thread inside JNI for the whole wait.
        config.setBusyTimeout(0);
        Properties properties = config.toProperties();
        String url = "jdbc:sqlite:" + (settings.inMemory() ? SqliteSettings.MEMORY : settings.file().toString());
        Connection connection = new org.sqlite.JDBC().connect(url, properties);
        if (connection == null) {
            throw new SQLException("The SQLite driver refused the URL " + url);
        }
        return connection;
    }

    private static final class Warm {
        static final Boolean DONE = load();

        private static Boolean load() {
            try {
                boolean loaded = SQLiteJDBCLoader.initialize();
                // A connection's configuration builds date formats (calendars, locale data): the
                // dearest part of the first connection, done here while init works on the models.
                new SQLiteConfig().toProperties();
                return loaded;
            } catch (Exception e) {
                // The first connection reports the real problem with the native library.
                return Boolean.FALSE;
            }
        }
    }
}
