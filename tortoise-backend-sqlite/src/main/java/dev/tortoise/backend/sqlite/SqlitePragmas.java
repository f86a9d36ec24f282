package dev.tortoise.backend.sqlite;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The PRAGMA names the bundled SQLite knows, read once per JVM from its own {@code PRAGMA
 * pragma_list} on a private in-memory database. SQLite ignores an unknown PRAGMA without a word,
 * so this is how a mistyped credential of a SQLite connection ({@code jurnal_mode}) is caught.
 * Read only when a configuration holds a key that is not one of {@link SqliteKeys#ALL}: the first
 * read opens an in-memory connection (under half a second, mostly loading the native library,
 * which the driver warm-up does anyway).
 */
final class SqlitePragmas {

    private SqlitePragmas() {
    }

    /**
     * Whether SQLite knows a PRAGMA of this name (case-insensitive, as SQLite). When the list
     * cannot be read, every name is taken as known: a false warning would be worse than none.
     */
    static boolean isPragma(String name) {
        Set<String> known = Holder.NAMES;
        return known == null || known.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Lazy holder: the JVM reads the list once, on first use, without any lock of ours. */
    private static final class Holder {
        static final Set<String> NAMES = read();

        private static Set<String> read() {
            SqliteSettings memory = SqliteSettings.from("pragma_list", Map.of(SqliteKeys.FILE_PATH.name(), ":memory:"));
            try (Connection connection = SqliteDriver.open(memory);
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("PRAGMA pragma_list")) {
                Set<String> names = new HashSet<>();
                while (rows.next()) {
                    names.add(rows.getString(1).toLowerCase(Locale.ROOT));
                }
                return names.isEmpty() ? null : Set.copyOf(names);
            } catch (SQLException | RuntimeException e) {
                return null;
            }
        }
    }
}
