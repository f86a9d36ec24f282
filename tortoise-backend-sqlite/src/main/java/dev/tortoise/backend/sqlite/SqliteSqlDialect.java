package dev.tortoise.backend.sqlite;

import dev.tortoise.exceptions.ParamsException;
import dev.tortoise.spi.DatePart;
import dev.tortoise.spi.JsonPath;
import dev.tortoise.spi.SqlDialect;
import java.util.List;
import dev.tortoise.spi.SqlFunction;
import dev.tortoise.spi.SqlWriter;

/**
 * SQLite's query SQL: an OFFSET that needs a LIMIT ({@code LIMIT -1}), no row locks (a writer locks
 * the whole file), keys from {@code last_insert_rowid()}, {@code STRFTIME} for date parts, and {@code tortoise_wall_time}
 * (registered by this backend, see {@link SqliteFunctions}) for time zones, byte-wise pattern matches
 * that take every character literally (NUL included), checked integer arithmetic, and json1's
 * functions with {@code tortoise_json_contains} for JSON lookups.
 */
final class SqliteSqlDialect extends SqlDialect {

    /** SQLite's plain EXPLAIN lists virtual machine opcodes; the query plan is what people read. */
    @Override
    public String explain(String select) {
        return "EXPLAIN QUERY PLAN " + select;
    }

    @Override
    public void limitOffset(SqlWriter out, Integer limit, Integer offset) {
        if (limit == null && offset != null) {
            out.append(" LIMIT -1");
        }
        super.limitOffset(out, limit, offset);
    }

    /** SQLite has no row locks: a transaction that writes locks the whole database. */
    @Override
    public void rowLock(SqlWriter out, boolean nowait, boolean skipLocked, String lockedTable) {
    }

    /** Nothing is locked row by row, so any table may be named. */
    @Override
    public boolean locksOuterJoinedRows() {
        return true;
    }

    /** Nothing to lock row by row here either. */
    @Override
    public void rowLockOf(SqlWriter out, boolean nowait, boolean skipLocked, java.util.List<String> tables) {
    }

    /** The client reads the key with {@code last_insert_rowid()}. */
    @Override
    public boolean insertReturning() {
        return false;
    }

    @Override
    public String asText(String column) {
        return "CAST(" + column + " AS TEXT)";
    }

    /**
     * Matches on the bytes of the text, never with LIKE or GLOB: SQLite's pattern functions read C
     * strings, so a NUL in the value ended the pattern (a lone NUL matched every row) and text
     * after a NUL in a column was invisible. {@code instr} and {@code substr} on BLOBs count every
     * byte; UTF-8 being self-synchronising, a byte match is a character match. Case folding is
     * {@code UPPER}'s, ASCII only, as SQLite's LIKE folds case.
     */
    @Override
    public void patternMatch(SqlWriter out, String column, String value, boolean wildcardBefore,
                             boolean wildcardAfter, boolean ignoreCase) {
        String haystack = "CAST(" + (ignoreCase ? "UPPER(" + column + ")" : column) + " AS BLOB)";
        String needle = ignoreCase ? "CAST(UPPER(?) AS BLOB)" : "CAST(? AS BLOB)";
        if (value.isEmpty()) {
            out.append(column).append(" IS NOT NULL");
        } else if (wildcardBefore && wildcardAfter) {
            out.append("instr(").append(haystack).append(", ");
            needle(out, needle, value).append(") > 0");
        } else if (wildcardAfter) {
            out.append("substr(").append(haystack).append(", 1, length(");
            needle(out, needle, value).append(")) = ");
            needle(out, needle, value);
        } else if (wildcardBefore) {
            out.append("(length(").append(haystack).append(") >= length(");
            needle(out, needle, value).append(") AND substr(").append(haystack).append(", -length(");
            needle(out, needle, value).append(")) = ");
            needle(out, needle, value).append(")");
        } else {
            out.append(haystack).append(" = ");
            needle(out, needle, value);
        }
    }

    private static SqlWriter needle(SqlWriter out, String needle, String value) {
        int mark = needle.indexOf('?');
        return out.append(needle.substring(0, mark)).param(value).append(needle.substring(mark + 1));
    }

    /** Integer steps through {@code tortoise_checked}: SQLite's own arithmetic turns an overflow into a float. */
    @Override
    public ArithmeticForm arithmetic(String operator, boolean integers) {
        if (!integers) {
            return super.arithmetic(operator, false);
        }
        return new ArithmeticForm(SqliteFunctions.CHECKED + "('" + operator + "', ", ", ", ")");
    }

    /** SQLite stores any integer in any integer column: the range is checked by {@code tortoise_int_range}. */
    @Override
    public ArithmeticForm integerInRange(long min, long max) {
        return new ArithmeticForm(SqliteFunctions.IN_RANGE + "(", "", ", " + min + ", " + max + ")");
    }

    @Override
    public void regexMatch(SqlWriter out, String column, String pattern) {
        regexMatch(out, column, pattern, false);
    }

    /** Through the function Tortoise registers on each connection (Java's regular expressions, searched). */
    @Override
    public void regexMatch(SqlWriter out, String column, String pattern, boolean ignoreCase) {
        out.append(SqliteFunctions.REGEXP + "(").append(column).append(", ").param(pattern)
                .append(ignoreCase ? ", 1)" : ", 0)").append(" = 1");
    }

    @Override
    public String datePart(DatePart part, String column) {
        return switch (part) {
            case YEAR -> strftime("%Y", column);
            case QUARTER -> "((" + strftime("%m", column) + " + 2) / 3)";
            case MONTH -> strftime("%m", column);
            case WEEK -> strftime("%V", column);
            case DAY -> strftime("%d", column);
            case HOUR -> strftime("%H", column);
            case MINUTE -> strftime("%M", column);
            case SECOND -> strftime("%S", column);
            case MICROSECOND -> "(CAST(ROUND(STRFTIME('%f', " + column + ") * 1000000) AS INTEGER) % 1000000)";
        };
    }

    /**
     * Datetimes are text wall times: the configured zone's without {@code useTz}, used as they
     * are; UTC with it, converted by {@code tortoise_wall_time} (SQLite has no time zone data).
     */
    @Override
    public String wallTime(String column, ZoneContext zone) {
        if (!zone.useTz() || zone.isUtc()) {
            return column;
        }
        return "tortoise_wall_time(" + column + "," + stringLiteral(zone.zone().getId()) + ")";
    }

    private static String strftime(String format, String column) {
        return "CAST(STRFTIME('" + format + "', " + column + ") AS INTEGER)";
    }

    /**
     * SQLite's spellings: {@code LENGTH} and {@code SUBSTR} count characters of text; LOWER and UPPER
     * go through Java's case mapping (SQLite's change ASCII only); CONCAT is
     * {@code ||} over {@code COALESCE(part, '')} so that a NULL part is empty text; RANDOM is made
     * a double in [0, 1) from SQLite's 64-bit integer (2^53 steps, each exact in a double).
     */
    @Override
    public List<String> function(SqlFunction function, int arity) {
        return switch (function) {
            case LENGTH -> List.of("LENGTH(", ")");
            case LOWER -> List.of(SqliteFunctions.LOWER + "(", ")");
            case UPPER -> List.of(SqliteFunctions.UPPER + "(", ")");
            case SUBSTRING -> List.of("SUBSTR(", ", ", ", ", ")");
            case CONCAT -> joined("(COALESCE(", ", '')||COALESCE(", ", ''))", arity);
            case RANDOM -> List.of("(ABS(RANDOM() % 9007199254740992) / 9007199254740992.0)");
            default -> super.function(function, arity);
        };
    }

    /** A date is {@code date(x)}: CAST to DATE would make a number of it. */
    @Override
    public Wrapping cast(Class<?> javaType) {
        return javaType == java.time.LocalDate.class ? new Wrapping("date(", ")") : super.cast(javaType);
    }

    /** SQLite's storage classes: TEXT, INTEGER (booleans too), REAL, NUMERIC. */
    @Override
    protected String castTypeName(Class<?> javaType) {
        if (javaType == String.class) {
            return "TEXT";
        } else if (javaType == Integer.class || javaType == Long.class || javaType == Short.class
                || javaType == Boolean.class) {
            return "INTEGER";
        } else if (javaType == Double.class || javaType == Float.class) {
            return "REAL";
        }
        return super.castTypeName(javaType);
    }

    /**
     * The current time as the text a datetime column holds ({@code 2024-05-01 12:00:00.123000},
     * {@code +00:00} after it with {@code useTz}); SQLite's clock is UTC, so only a UTC wall time
     * can be written this way, and another zone binds the application's clock.
     */
    @Override
    public String now(ZoneContext zone) {
        if (!zone.useTz() && !zone.isUtc()) {
            return null;
        }
        return "(strftime('%Y-%m-%d %H:%M:%f', 'now') || '000" + (zone.useTz() ? "+00:00" : "") + "')";
    }

    /**
     * Typed by json1's {@code json_type}, so that a boolean (which {@code json_extract} gives as
     * 1 or 0) is not a number and a string is never compared with one; the path bound in its
     * {@code $."key"[0]} form each time it is read.
     */
    @Override
    public void jsonValue(SqlWriter out, JsonPath path, JsonScalar type) {
        out.append("CASE WHEN json_type(").append(path.column()).append(", ").param(path.dollarPath())
                .append(switch (type) {
                    case NUMBER -> ") IN ('integer','real')";
                    case TEXT -> ")='text'";
                    case BOOLEAN -> ") IN ('true','false')";
                })
                .append(" THEN json_extract(").append(path.column()).append(", ").param(path.dollarPath())
                .append(") END");
    }

    @Override
    public void jsonIsNull(SqlWriter out, JsonPath path) {
        out.append("COALESCE(json_type(").append(path.column()).append(", ").param(path.dollarPath())
                .append("),'null')='null'");
    }

    /**
     * Through {@code tortoise_json_contains} (registered by this backend, see
     * {@link SqliteJsonContains}): SQLite has no containment operator. The value at a path is read
     * with {@code ->}, which gives it as JSON text (strings quoted).
     */
    @Override
    public void jsonContains(SqlWriter out, JsonPath path, Object boundJson, boolean containedBy) {
        out.append(SqliteJsonContains.NAME + "(");
        if (containedBy) {
            out.param(boundJson).append(", ");
        }
        out.append(path.column());
        if (!path.isRoot()) {
            out.append(" -> ").param(path.dollarPath());
        }
        if (!containedBy) {
            out.append(", ").param(boundJson);
        }
        out.append(") = 1");
    }
}
