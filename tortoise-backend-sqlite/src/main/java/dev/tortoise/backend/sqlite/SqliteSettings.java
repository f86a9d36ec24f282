package dev.tortoise.backend.sqlite;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.spi.MessageText;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The validated settings of one SQLite alias: the file (absolute, or in memory), the PRAGMAs to
 * run on connect, and how long to retry while the file is locked.
 *
 * @param alias      the connection alias
 * @param file       absolute path of the database file; null when {@code inMemory}
 * @param pragmas    PRAGMA name to value, in the order they run
 * @param busyBudget how long a statement is retried while SQLite answers BUSY or LOCKED
 */
record SqliteSettings(String alias, Path file, Map<String, String> pragmas, Duration busyBudget) {

    static final String MEMORY = ":memory:";
    private static final Pattern PRAGMA_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");
    private static final Pattern PRAGMA_VALUE = Pattern.compile("-?[A-Za-z0-9_.]+");

    boolean inMemory() {
        return file == null;
    }

    /** What error messages call this database. */
    String target() {
        return inMemory() ? "SQLite in-memory database" : "SQLite database " + file;
    }

    static SqliteSettings from(String alias, Map<String, Object> credentials) {
        String filePath = credentials == null ? null : SqliteKeys.FILE_PATH.coerce(credentials.get(SqliteKeys.FILE_PATH.name()));
        if (filePath == null || filePath.isBlank()) {
            throw new ConfigurationException("Connection '" + alias + "' (tortoise.backends.sqlite) needs a \"file_path\""
                    + " credential: a file such as db.sqlite3, or :memory:");
        }
        Path file = filePath.equals(MEMORY) ? null : path(alias, filePath);
        Map<String, String> pragmas = new LinkedHashMap<>();
        // Declared defaults first, so that given values replace them in place.
        for (var key : SqliteKeys.PRAGMA_DEFAULTS) {
            pragmas.put(key.name(), pragmaValue(alias, key.name(), key.defaultValue()));
        }
        credentials.forEach((key, value) -> {
            if (value != null && !SqliteKeys.NOT_PRAGMAS.contains(key)) {
                pragmas.put(key, pragmaValue(alias, key, value));
            }
        });
        return new SqliteSettings(alias, file, Collections.unmodifiableMap(pragmas), busyBudget(alias, credentials));
    }

    /** The database file; a text the platform cannot use as a path (a NUL character …) is a configuration error. */
    private static Path path(String alias, String filePath) {
        try {
            return Path.of(filePath).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new ConfigurationException("Credential \"file_path\" of connection '" + alias + "' is not a file path"
                    + " this system can use (" + MessageText.cut(e.getReason()) + "): " + MessageText.quote(filePath), e);
        }
    }

    /** {@code busy_timeout} is how long Java retries, not a PRAGMA: SQLite's own wait would pin the carrier. */
    private static Duration busyBudget(String alias, Map<String, Object> credentials) {
        int millis = SqliteKeys.BUSY_TIMEOUT.read(alias, credentials);
        if (millis < 0) {
            throw new ConfigurationException("Credential \"busy_timeout\" of connection '" + alias + "' must be 0 or"
                    + " more milliseconds, such as 5000, got " + millis);
        }
        return Duration.ofMillis(millis);
    }

    private static String pragmaValue(String alias, String key, Object value) {
        if (!PRAGMA_NAME.matcher(key).matches()) {
            throw new ConfigurationException("Credential " + MessageText.quote(key) + " of SQLite connection '" + alias
                    + "' is not a PRAGMA name: use letters, digits and underscores");
        }
        String text = value instanceof Boolean b ? (b ? "ON" : "OFF") : value.toString().strip();
        if (!PRAGMA_VALUE.matcher(text).matches()) {
            throw new ConfigurationException("Credential " + MessageText.quote(key) + " of SQLite connection '" + alias
                    + "' has the value " + MessageText.credentialValue(key, text) + ", which is not a PRAGMA value:"
                    + " use a word or a number such as WAL, ON or 16384");
        }
        return text;
    }
}
