package dev.tortoise.backend.sqlite;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteJDBCLoader;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens SQLite connections, with the driver warmed once per JVM.
 *
 * <p>Loading the native library runs class initialisers and JNI, both of which pin a virtual
 * thread's carrier; doing it when a client is created (usually at init, on a platform thread)
 * keeps that out of the first query.
 */
final class SqliteDriver {

    private SqliteDriver() {
    }

    /** Loads the driver and its native library; cheap after the first call. */
    static void warm() {
        Warm.DONE.hashCode();
    }

    static Connection open(SqliteSettings settings) throws SQLException {
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
                return SQLiteJDBCLoader.initialize();
            } catch (Exception e) {
                // The first connection reports the real problem with the native library.
                return Boolean.FALSE;
            }
        }
    }
}
