package dev.tortoise.backend.mysql;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.spi.DatePart;
import dev.tortoise.spi.JsonPath;
import dev.tortoise.spi.SqlDialect;
import dev.tortoise.spi.SqlFunction;
import dev.tortoise.spi.SqlWriter;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;

/**
 * MySQL's and MariaDB's query SQL: back-quoted identifiers, backslash-aware string literals, an
 * OFFSET that needs a LIMIT, generated keys from the driver (no RETURNING on one row), case-sensitive
 * matches on bytes (the column's collation usually ignores case), {@code REGEXP}, ISO weeks,
 * {@code CONVERT_TZ} for time zones, the JSON functions ({@code JSON_EXTRACT},
 * {@code JSON_CONTAINS}) for JSON lookups, and {@code MATCH … AGAINST} for full-text search.
 */
final class MysqlSqlDialect extends SqlDialect {

    /** Refused: see the message. */
    @Override
    public void rowLockOf(SqlWriter out, boolean nowait, boolean skipLocked, List<String> tables) {
        throw new dev.tortoise.exceptions.ParamsException("selectForUpdate(of) is not available on MySQL/MariaDB here: MariaDB has no FOR UPDATE OF and locks the rows of every joined table; use selectForUpdate(nowait, skipLocked)");
    }

    /**
     * {@code ON DUPLICATE KEY UPDATE}, which fires on any unique key (the conflict columns only
     * document intent here); skipping is a no-op assignment of the key rather than INSERT IGNORE,
     * which would also turn other errors (a too-long value) into warnings.
     */
    @Override
    public boolean onConflictReturnsRows() {
        return false;
    }

    @Override
    public String onConflict(List<String> conflictColumns, List<String> updateColumns, String pkColumn) {
        if (updateColumns.isEmpty()) {
            return " ON DUPLICATE KEY UPDATE " + pkColumn + "=" + pkColumn;
        }
        StringBuilder out = new StringBuilder(" ON DUPLICATE KEY UPDATE ");
        for (int i = 0; i < updateColumns.size(); i++) {
            String column = updateColumns.get(i);
            out.append(i == 0 ? "" : ",").append(column).append("=VALUES(").append(column).append(')');
        }
        return out.toString();
    }

    /** The largest row count MySQL takes, standing for "no limit" before an OFFSET. */
    private static final String NO_LIMIT = "18446744073709551615";

    @Override
    public String quote(String identifier) {
        return '`' + identifier.replace("`", "``") + '`';
    }

    /** Quotes doubled and backslashes escaped, valid whatever {@code sql_mode} says about backslashes. */
    @Override
    public String stringLiteral(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\'' -> out.append("''");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\0' -> out.append("\\0");
                case '\u001a' -> out.append("\\Z");
                default -> out.append(c);
            }
        }
        return out.append('\'').toString();
    }

    @Override
    public void limitOffset(SqlWriter out, Integer limit, Integer offset) {
        if (limit == null && offset != null) {
            out.append(" LIMIT " + NO_LIMIT);
        }
        super.limitOffset(out, limit, offset);
    }

    /** The driver reports the key of a one-row INSERT ({@code LAST_INSERT_ID()}). */
    @Override
    public boolean insertReturning() {
        return false;
    }

    @Override
    public String insertDefaults(String quotedTable) {
        return "INSERT INTO " + quotedTable + " () VALUES ()";
    }

    @Override
    public boolean keysSubqueryNeedsDerivedTable() {
        return true;
    }

    @Override
    public String asText(String column) {
        return "CAST(" + column + " AS CHAR)";
    }

    /** LIKE follows the column's collation, which usually ignores case; bytes do not. */
    @Override
    public void patternMatch(SqlWriter out, String column, String value, boolean wildcardBefore,
                             boolean wildcardAfter, boolean ignoreCase) {
        if (ignoreCase) {
            super.patternMatch(out, column, value, wildcardBefore, wildcardAfter, true);
            return;
        }
        String pattern = (wildcardBefore ? "%" : "") + escapeLike(value) + (wildcardAfter ? "%" : "");
        out.append("CAST(").append(column).append(" AS BINARY) LIKE CAST(").param(pattern)
                .append(" AS BINARY) ESCAPE '" + LIKE_ESCAPE + "'");
    }

    @Override
    public boolean fullTextSearch() {
        return true;
    }

    /** {@code MATCH} finds a FULLTEXT index over exactly its columns, or fails (error 1191). */
    @Override
    public boolean searchNeedsFullTextIndex() {
        return true;
    }

    /**
     * {@code MATCH (col) AGAINST (? IN NATURAL LANGUAGE MODE)}: rows holding any of the words,
     * minus the server's stop words and words shorter than {@code innodb_ft_min_token_size} (3).
     * Natural-language mode leaves {@code + - ~ < > @ ( )} alone, but InnoDB still reads
     * {@code "…"} as a phrase and {@code *} as truncation, and a lone {@code *} is a syntax error
     * (MariaDB 10.11: "syntax error, unexpected $end, expecting FTS_TERM"); so everything but
     * letters, digits, marks, {@code _} and {@code '} is bound as a space, which InnoDB would take
     * for a word boundary anyway, and the words alone reach the parser.
     */
    @Override
    public void fullTextMatch(SqlWriter out, String column, String terms) {
        String words = NOT_WORD.matcher(terms).replaceAll(" ").strip();
        out.append("MATCH (").append(column).append(") AGAINST (").param(words).append(" IN NATURAL LANGUAGE MODE)");
    }

    /** What InnoDB's full-text parser could read as syntax rather than as part of a word. */
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}\\p{M}_']+");

    @Override
    public void regexMatch(SqlWriter out, String column, String pattern) {
        out.append("CAST(").append(column).append(" AS BINARY) REGEXP ").param(pattern);
    }

    /** Case ignored with the regex library's own {@code (?i)} flag (PCRE on MariaDB, ICU on MySQL 8). */
    @Override
    public void regexMatch(SqlWriter out, String column, String pattern, boolean ignoreCase) {
        if (!ignoreCase) {
            regexMatch(out, column, pattern);
            return;
        }
        out.append("CAST(").append(column).append(" AS CHAR) REGEXP CONCAT('(?i)', ").param(pattern).append(")");
    }

    @Override
    public String datePart(DatePart part, String column) {
        return part == DatePart.WEEK ? "WEEK(" + column + ", 3)" : "EXTRACT(" + part.name() + " FROM " + column + ")";
    }

    /**
     * DATETIME keeps wall times: the configured zone's without {@code useTz}, used as they are; UTC
     * with it, converted with {@code CONVERT_TZ}: any fixed offset always, a zone with daylight
     * saving only when the server's time zone tables are loaded.
     */
    @Override
    public String wallTime(String column, ZoneContext zone) {
        if (!zone.useTz() || zone.isUtc()) {
            return column;
        }
        return "CONVERT_TZ(" + column + ",'+00:00'," + zoneLiteral(zone) + ")";
    }

    private String zoneLiteral(ZoneContext zone) {
        ZoneOffset fixed = zone.fixedOffset();
        if (fixed != null) {
            return "'" + offsetText(fixed).substring(0, 6) + "'";
        }
        if (!zone.features().namedTimeZones()) {
            throw new ConfigurationException("The date-part lookup '" + zone.lookup() + "' needs the datetimes of"
                    + " connection '" + zone.alias() + "' (stored in UTC, use_tz is on) in time zone "
                    + zone.zone().getId() + ", but the MySQL/MariaDB server has no time zone tables to convert them:"
                    + " load them (mysql_tzinfo_to_sql /usr/share/zoneinfo | mysql mysql), or configure a fixed-offset"
                    + " timezone such as +02:00, or turn use_tz off");
        }
        return stringLiteral(zone.zone().getId());
    }

    /** {@code CONCAT_WS('', ...)}, which skips NULL parts (MySQL's CONCAT would be NULL); {@code RAND()}. */
    @Override
    public List<String> function(SqlFunction function, int arity) {
        return switch (function) {
            case CONCAT -> joined("CONCAT_WS('', ", ", ", ")", arity);
            case RANDOM -> List.of("RAND()");
            default -> super.function(function, arity);
        };
    }

    /** MySQL's CAST targets: CHAR, SIGNED, DOUBLE, DECIMAL(65,30), DATE; a boolean is a signed integer read as one. */
    @Override
    protected String castTypeName(Class<?> javaType) {
        if (javaType == String.class) {
            return "CHAR";
        } else if (javaType == Integer.class || javaType == Long.class || javaType == Short.class
                || javaType == Boolean.class) {
            return "SIGNED";
        } else if (javaType == Double.class || javaType == Float.class) {
            return "DOUBLE";
        } else if (javaType == java.math.BigDecimal.class) {
            return "DECIMAL(65,30)";
        }
        return super.castTypeName(javaType);
    }

    /**
     * {@code UTC_TIMESTAMP(6)} where DATETIME columns hold UTC (with {@code useTz}, or a UTC zone);
     * else the application's clock is bound, converted like any datetime value.
     */
    @Override
    public String now(ZoneContext zone) {
        return zone.useTz() || zone.isUtc() ? "UTC_TIMESTAMP(6)" : null;
    }

    /** MySQL and MariaDB have no {@code FILTER} clause: filtered aggregates use CASE. */
    @Override
    public boolean aggregateFilter() {
        return false;
    }

    /** {@code JSON_EXTRACT(col, ?)}, the path bound in its {@code $."key"[0]} form. */
    private static void node(SqlWriter out, JsonPath path) {
        out.append("JSON_EXTRACT(").append(path.column()).append(", ").param(path.dollarPath()).append(")");
    }

    /**
     * Typed by {@code JSON_TYPE}, which MySQL and MariaDB (whose JSON is text) both have; a
     * number is compared as a DOUBLE, a boolean as 1 or 0.
     */
    @Override
    public void jsonValue(SqlWriter out, JsonPath path, JsonScalar type) {
        out.append("CASE WHEN JSON_TYPE(");
        node(out, path);
        out.append(switch (type) {
            case NUMBER -> ") IN ('INTEGER','UNSIGNED INTEGER','DOUBLE','DECIMAL') THEN CAST(JSON_UNQUOTE(";
            case TEXT -> ")='STRING' THEN JSON_UNQUOTE(";
            case BOOLEAN -> ")='BOOLEAN' THEN JSON_UNQUOTE(";
        });
        node(out, path);
        out.append(switch (type) {
            case NUMBER -> ") AS DOUBLE) END";
            case TEXT -> ") END";
            case BOOLEAN -> ")='true' END";
        });
    }

    /** MySQL's JSON_EXTRACT gives JSON null for a null, MariaDB's gives SQL NULL: both count. */
    @Override
    public void jsonIsNull(SqlWriter out, JsonPath path) {
        out.append("COALESCE(JSON_TYPE(");
        node(out, path);
        out.append("),'NULL')='NULL'");
    }

    @Override
    public void jsonContains(SqlWriter out, JsonPath path, Object boundJson, boolean containedBy) {
        out.append("JSON_CONTAINS(");
        if (containedBy) {
            out.param(boundJson).append(", ");
        }
        if (path.isRoot()) {
            out.append(path.column());
        } else {
            node(out, path);
        }
        if (!containedBy) {
            out.append(", ").param(boundJson);
        }
        out.append(")");
    }
}
