package dev.tortoise.backend.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.sqlite.Function;

/**
 * SQL functions the query layer relies on and SQLite lacks, registered on every connection:
 *
 * <p>{@code tortoise_wall_time(datetime, zone)}: the wall time, in a named time zone such as
 * {@code Europe/Berlin}, of a datetime stored as UTC text ({@code 2024-05-06 07:08:09.123456+00:00};
 * text without an offset is taken as UTC), as text in the same fixed-width form without the
 * offset, which SQLite's date functions read. NULL or text that is not a datetime gives NULL.
 * Date-part lookups use it under {@code use_tz}, since SQLite itself knows only UTC and the
 * process's local zone.
 *
 * <p>The function only computes: it never blocks, so calling back into Java from SQLite's native
 * code holds the carrier thread no longer than the computation.
 */
final class SqliteFunctions {

    private static final DateTimeFormatter WALL_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");
    private static final Pattern OFFSET = Pattern.compile("(?:Z|[+-]\\d\\d:\\d\\d)$");
    private static final Map<String, ZoneId> ZONES = new ConcurrentHashMap<>();

    private SqliteFunctions() {
    }

    /** Registers the functions on a freshly opened connection. */
    static void register(Connection connection) throws SQLException {
        Function.create(connection, "tortoise_wall_time", new WallTime(), 2, Function.FLAG_DETERMINISTIC);
        Function.create(connection, CHECKED, new CheckedArithmetic(), 3, Function.FLAG_DETERMINISTIC);
        Function.create(connection, IN_RANGE, new IntegerInRange(), 3, Function.FLAG_DETERMINISTIC);
        Function.create(connection, REGEXP, new Regexp(), 3, Function.FLAG_DETERMINISTIC);
        Function.create(connection, LOWER, new CaseMapping(false), 1, Function.FLAG_DETERMINISTIC);
        Function.create(connection, UPPER, new CaseMapping(true), 1, Function.FLAG_DETERMINISTIC);
        Function.create(connection, SqliteJsonContains.NAME, new SqliteJsonContains(), 2, Function.FLAG_DETERMINISTIC);
    }

    /**
     * {@code tortoise_lower(text)} / {@code tortoise_upper(text)}: Java's case mapping of the whole
     * of Unicode ({@code Lower.of}, {@code Upper.of}); SQLite's own LOWER and UPPER change ASCII only.
     */
    static final String LOWER = "tortoise_lower";
    static final String UPPER = "tortoise_upper";

    /** See {@link #LOWER}; NULL stays NULL, and a value that is not text is mapped as its text. */
    private static final class CaseMapping extends Function {
        private final boolean upper;

        CaseMapping(boolean upper) {
            this.upper = upper;
        }

        @Override
        protected void xFunc() throws SQLException {
            String text = value_text(0);
            if (text == null) {
                result();
            } else {
                result(upper ? text.toUpperCase(java.util.Locale.ROOT) : text.toLowerCase(java.util.Locale.ROOT));
            }
        }
    }

    /**
     * {@code tortoise_regexp(text, pattern, ignoreCase)}: 1 when the pattern is found in the text
     * (searched, as POSIX {@code ~} does), 0 when not, NULL for a NULL text; Java's regular expressions.
     */
    static final String REGEXP = "tortoise_regexp";
    private static final int MAX_PATTERNS = 256;
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    /** Whether {@code pattern} is found in {@code text}; compiled patterns are kept (a bounded number). */
    static boolean regexFound(String text, String pattern, boolean ignoreCase) {
        String key = (ignoreCase ? "i:" : "c:") + pattern;
        Pattern compiled = PATTERNS.get(key);
        if (compiled == null) {
            compiled = Pattern.compile(pattern, ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
            if (PATTERNS.size() >= MAX_PATTERNS) {
                PATTERNS.clear();
            }
            PATTERNS.put(key, compiled);
        }
        return compiled.matcher(text).find();
    }

    /** {@code tortoise_checked('+', a, b)}: 64-bit integer arithmetic that fails on overflow (SQLite's turns into a float). */
    static final String CHECKED = "tortoise_checked";
    /** {@code tortoise_int_range(v, min, max)}: v, or a failure when it is outside a column's range. */
    static final String IN_RANGE = "tortoise_int_range";

    /** {@code a op b} exactly; null when either is null or b is 0 in a division (as SQLite's {@code /}). */
    static Long checked(String operator, Long a, Long b) {
        if (a == null || b == null) {
            return null;
        }
        return switch (operator) {
            case "+" -> Math.addExact(a, b);
            case "-" -> Math.subtractExact(a, b);
            case "*" -> Math.multiplyExact(a, b);
            case "/" -> b == 0 ? null : Math.divideExact(a, b);
            default -> throw new IllegalArgumentException("operator " + operator);
        };
    }

    /** The wall time of a UTC datetime text in a zone, or null. */
    static String wallTime(String utcText, String zoneId) {
        if (utcText == null || zoneId == null) {
            return null;
        }
        try {
            Instant instant = parse(utcText.trim());
            ZoneId zone = ZONES.computeIfAbsent(zoneId, ZoneId::of);
            return WALL_TIME.format(LocalDateTime.ofInstant(instant, zone));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Instant parse(String text) {
        String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + "T" + text.substring(11) : text;
        if (OFFSET.matcher(iso).find()) {
            return OffsetDateTime.parse(iso).toInstant();
        }
        return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
    }

    /** A function of integer arguments, any of which may be NULL. */
    private abstract static class IntegerFunction extends Function {
        /** SQLite's type code of NULL ({@code SQLITE_NULL}). */
        private static final int NULL_TYPE = 5;

        Long argument(int index) throws SQLException {
            return value_type(index) == NULL_TYPE ? null : value_long(index);
        }
    }

    /** See {@link #CHECKED}; the failure message is the statement's error. */
    private static final class CheckedArithmetic extends IntegerFunction {
        @Override
        protected void xFunc() throws SQLException {
            Long result;
            try {
                result = checked(value_text(0), argument(1), argument(2));
            } catch (ArithmeticException e) {
                throw new SQLException("integer overflow: " + value_long(1) + " " + value_text(0) + " " + value_long(2)
                        + " does not fit in 64 bits (F expression)");
            }
            if (result == null) {
                result();
            } else {
                result(result);
            }
        }
    }

    /** See {@link #REGEXP}. */
    private static final class Regexp extends Function {
        @Override
        protected void xFunc() throws SQLException {
            String text = value_text(0);
            String pattern = value_text(1);
            if (text == null || pattern == null) {
                result();
                return;
            }
            try {
                result(regexFound(text, pattern, value_int(2) == 1) ? 1 : 0);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new SQLException("invalid regular expression " + pattern + ": " + e.getDescription());
            }
        }
    }

    /** See {@link #IN_RANGE}. */
    private static final class IntegerInRange extends IntegerFunction {
        @Override
        protected void xFunc() throws SQLException {
            Long value = argument(0);
            if (value == null) {
                result();
                return;
            }
            if (value < value_long(1) || value > value_long(2)) {
                throw new SQLException("integer out of range: " + value + " does not fit in a column of " + value_long(1)
                        + " to " + value_long(2) + " (F expression)");
            }
            result(value);
        }
    }

    /** One instance per connection: SQLite calls it on the thread that holds the connection. */
    private static final class WallTime extends Function {
        @Override
        protected void xFunc() throws SQLException {
            String wall = wallTime(value_text(0), value_text(1));
            if (wall == null) {
                result();
            } else {
                result(wall);
            }
        }
    }
}
