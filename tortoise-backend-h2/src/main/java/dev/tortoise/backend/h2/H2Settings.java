package dev.tortoise.backend.h2;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.spi.jdbc.ServerSettings;
import dev.tortoise.spi.jdbc.SqlErrorTranslator;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The validated settings of one H2 alias. Every default comes from {@link H2Keys}.
 *
 * @param alias    the connection alias
 * @param inMemory whether the database lives in memory ({@code mode=mem}) rather than in a file
 * @param database the in-memory database's name, or the absolute path of the file without {@code .mv.db}
 * @param user     the user name
 * @param password the password (never shown)
 * @param minSize  connections the pool keeps open
 * @param maxSize  most connections the pool opens
 * @param settings H2 database settings appended to the URL, in the order given
 */
record H2Settings(String alias, boolean inMemory, String database, String user, String password, int minSize,
                  int maxSize, Map<String, String> settings) {

    /**
     * Settings the backend decides itself: identifiers fold to lower case (so raw SQL's unquoted
     * names and the ORM's quoted lower-case names agree, as on PostgreSQL), the SQL dialect is H2's
     * own, an in-memory database stays alive while no connection is open, and the login comes from
     * {@code user} and {@code password}.
     */
    static final Set<String> OWNED_SETTINGS = Set.of("DATABASE_TO_LOWER", "DATABASE_TO_UPPER",
            "CASE_INSENSITIVE_IDENTIFIERS", "MODE", "IGNORECASE", "DB_CLOSE_DELAY", "USER", "PASSWORD", "IFEXISTS",
            "INIT");

    static final Pattern SETTING_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern SETTING_VALUE = Pattern.compile("[A-Za-z0-9_.+\\-/]+");
    private static final Pattern MEMORY_NAME = Pattern.compile("[A-Za-z0-9_\\-.]+");

    static H2Settings from(String alias, Map<String, Object> credentials) {
        Map<String, Object> given = credentials == null ? Map.of() : credentials;
        String mode = H2Keys.MODE.read(alias, given).strip().toLowerCase(Locale.ROOT);
        if (!mode.equals("mem") && !mode.equals("file")) {
            throw new ConfigurationException("Credential \"mode\" of connection '" + alias + "' is \"" + mode
                    + "\": use mem (a named in-memory database) or file (a database file)");
        }
        String database = H2Keys.DATABASE.read(alias, given);
        if (database == null || database.isBlank()) {
            throw new ConfigurationException("Connection '" + alias + "' (tortoise.backends.h2) needs a \"database\""
                    + " credential: a name for h2:mem, a file path for h2:file");
        }
        boolean inMemory = mode.equals("mem");
        if (inMemory && !MEMORY_NAME.matcher(database).matches()) {
            throw new ConfigurationException("Credential \"database\" of connection '" + alias + "' is \"" + database
                    + "\", which is not an in-memory database name: use letters, digits, '_', '-' and '.'");
        }
        String target = inMemory ? database : filePath(alias, database);
        int maxSize = size(alias, H2Keys.MAXSIZE.name(), H2Keys.MAXSIZE.read(alias, given));
        int minSize = Math.min(Math.max(0, H2Keys.MINSIZE.read(alias, given)), maxSize);
        return new H2Settings(alias, inMemory, target, H2Keys.USER.read(alias, given),
                H2Keys.PASSWORD.read(alias, given), minSize, maxSize, settings(alias, given));
    }

    /** H2 refuses a file path that is implicitly relative: it is made absolute against the working directory. */
    private static String filePath(String alias, String database) {
        if (database.indexOf(';') >= 0) {
            throw new ConfigurationException("Credential \"database\" of connection '" + alias + "' holds a ';':"
                    + " give H2 settings as credentials of their own, such as LOCK_TIMEOUT=10000");
        }
        String path = Path.of(database).toAbsolutePath().normalize().toString();
        return path.endsWith(".mv.db") ? path.substring(0, path.length() - ".mv.db".length()) : path;
    }

    private static int size(String alias, String key, Integer size) {
        if (size == null || size < 1) {
            throw new ConfigurationException("Credential \"" + key + "\" of connection '" + alias
                    + "' must be at least 1, got " + size);
        }
        return size;
    }

    /**
     * Upper-case keys are H2 settings; each name and value is checked, so nothing can end the URL's
     * setting list. {@code LAZY_QUERY_EXECUTION} is on unless given: a query's rows are computed as
     * they are read, so a stream ({@code QuerySet.stream()}) never holds its whole result.
     */
    private static Map<String, String> settings(String alias, Map<String, Object> credentials) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("LAZY_QUERY_EXECUTION", "TRUE");
        credentials.forEach((key, value) -> {
            if (value == null || H2Keys.DECLARED.contains(key) || !SETTING_NAME.matcher(key).matches()) {
                return;
            }
            if (OWNED_SETTINGS.contains(key)) {
                throw new ConfigurationException("Credential \"" + key + "\" of connection '" + alias + "' is an H2"
                        + " setting that the backend sets itself; remove it (owned: " + List.copyOf(OWNED_SETTINGS) + ")");
            }
            String text = value instanceof Boolean b ? (b ? "TRUE" : "FALSE") : value.toString().strip();
            if (!SETTING_VALUE.matcher(text).matches()) {
                throw new ConfigurationException("Credential \"" + key + "\" of connection '" + alias + "' has a value"
                        + " that is not an H2 setting value: use a word or a number such as 10000 or TRUE");
            }
            settings.put(key, text);
        });
        return Collections.unmodifiableMap(settings);
    }

    /** The JDBC URL of the database, with the backend's settings and then the user's. */
    String jdbcUrl() {
        return url(false);
    }

    /** The JDBC URL that opens the database only when it exists already. */
    String existingDatabaseUrl() {
        return url(true);
    }

    private String url(boolean ifExists) {
        StringBuilder url = new StringBuilder("jdbc:h2:").append(inMemory ? "mem:" : "file:").append(database)
                .append(";DATABASE_TO_LOWER=TRUE");
        if (inMemory) {
            url.append(";DB_CLOSE_DELAY=-1");
        }
        if (ifExists) {
            url.append(";IFEXISTS=TRUE");
        }
        settings.forEach((key, value) -> url.append(';').append(key).append('=').append(value));
        return url.toString();
    }

    /** What error messages call this database. */
    String target() {
        return inMemory ? "H2 in-memory database \"" + database + "\"" : "H2 database file " + database + ".mv.db";
    }

    /** The translator of this alias's errors, which keeps the password out of every message. */
    SqlErrorTranslator translator() {
        return new SqlErrorTranslator(alias, target(), new H2ErrorCodes(), Collections.singletonList(password));
    }

    /** How long a caller waits for a free pooled connection: as long as on the server backends. */
    static java.time.Duration borrowTimeout() {
        return ServerSettings.BORROW_TIMEOUT;
    }

    @Override
    public String toString() {
        return "H2Settings[" + target() + ", user \"" + user + "\", pool " + minSize + ".." + maxSize + ", settings "
                + settings + "]";
    }
}
