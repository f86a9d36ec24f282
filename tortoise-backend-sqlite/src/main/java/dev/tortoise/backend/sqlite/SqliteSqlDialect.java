package dev.tortoise.backend.sqlite;

import dev.tortoise.exceptions.ParamsException;
import dev.tortoise.spi.DatePart;
import dev.tortoise.spi.SqlDialect;
import dev.tortoise.spi.SqlWriter;

/**
 * SQLite's query SQL: an OFFSET that needs a LIMIT ({@code LIMIT -1}), no row locks (a writer locks
 * the whole file), keys from {@code last_insert_rowid()}, {@code GLOB} for case-sensitive matches
 * (its LIKE ignores ASCII case), {@code STRFTIME} for date parts, and {@code tortoise_wall_time}
 * (registered by this backend, see {@link SqliteFunctions}) for time zones.
 */
final class SqliteSqlDialect extends SqlDialect {

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

    /** The client reads the key with {@code last_insert_rowid()}. */
    @Override
    public boolean insertReturning() {
        return false;
    }

    @Override
    public String asText(String column) {
        return "CAST(" + column + " AS TEXT)";
    }

    /** LIKE ignores ASCII case; GLOB does not, and brackets make its wildcards literal. */
    @Override
    public void patternMatch(SqlWriter out, String column, String value, boolean wildcardBefore,
                             boolean wildcardAfter, boolean ignoreCase) {
        if (ignoreCase) {
            super.patternMatch(out, column, value, wildcardBefore, wildcardAfter, true);
            return;
        }
        out.append(column).append(" GLOB ")
                .param((wildcardBefore ? "*" : "") + escapeGlob(value) + (wildcardAfter ? "*" : ""));
    }

    @Override
    public void regexMatch(SqlWriter out, String column, String pattern) {
        throw new ParamsException("The lookup 'posix_regex' is not supported on SQLite"
                + " (it has no REGEXP function); use it on PostgreSQL or MySQL/MariaDB");
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

    /** Makes {@code *}, {@code ?} and {@code [} match themselves in a GLOB pattern. */
    static String escapeGlob(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '*' || c == '?' || c == '[') {
                sb.append('[').append(c).append(']');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
