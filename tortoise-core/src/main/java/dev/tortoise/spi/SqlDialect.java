package dev.tortoise.spi;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.exceptions.ParamsException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * How one database spells the SQL the query layer writes: identifiers and literals, the tail of a
 * SELECT (LIMIT/OFFSET, row locks), how an INSERT reports its key, pattern and regex matches,
 * typed parameters, JSON lookups, date parts and time zones. The compilers in core decide what a statement
 * says; a dialect only decides how its pieces are written.
 *
 * <p>The defaults are standard SQL as PostgreSQL writes it: double-quoted identifiers,
 * {@code LIMIT ? OFFSET ?} with bound values, {@code FOR UPDATE [NOWAIT | SKIP LOCKED]},
 * {@code INSERT ... RETURNING}, {@code LIKE ... ESCAPE '!'}, {@code EXTRACT(part FROM col)}. A
 * backend overrides what differs for its database.
 *
 * <p>Contract for implementations: methods are pure functions of their arguments (and of settings
 * fixed when the dialect was made); they never talk to a database, never block, and are safe from
 * any thread. Every identifier goes through {@link #quote}; every value a user supplied is bound
 * with {@link SqlWriter#param}, never written into the text.
 */
public class SqlDialect {

    /** The escape character of every LIKE pattern the query layer writes; user wildcards are escaped with it. */
    public static final char LIKE_ESCAPE = '!';

    /** A dialect with every default: standard SQL. */
    public SqlDialect() {
    }

    // ---- identifiers and literals ---------------------------------------------------------

    /** The identifier quoted; a quote character inside it is doubled. Default {@code "name"}. */
    public String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** A SQL string literal of {@code value}. Default: single quotes, {@code '} doubled. */
    public String stringLiteral(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    // ---- SELECT ----------------------------------------------------------------------------

    /**
     * Appends the row limit and offset of a SELECT, each as a bound value; either may be null.
     * Default {@code  LIMIT ?} and {@code  OFFSET ?}, each only when set.
     */
    public void limitOffset(SqlWriter out, Integer limit, Integer offset) {
        if (limit != null) {
            out.append(" LIMIT ").param(limit);
        }
        if (offset != null) {
            out.append(" OFFSET ").param(offset);
        }
    }

    /**
     * Appends the row lock of a {@code SELECT ... FOR UPDATE}. Default
     * {@code  FOR UPDATE[ NOWAIT][ SKIP LOCKED]}.
     *
     * @param lockedTable the quoted alias of the queried table when the query joins other tables
     *                    (whose rows need not be locked), else null
     */
    public void rowLock(SqlWriter out, boolean nowait, boolean skipLocked, String lockedTable) {
        out.append(" FOR UPDATE").append(nowait ? " NOWAIT" : "").append(skipLocked ? " SKIP LOCKED" : "");
    }

    /**
     * Whether {@link #rowLockOf} may name a table joined by {@code selectRelated}, which is an outer
     * join. Default false: PostgreSQL refuses to lock the nullable side of an outer join.
     */
    public boolean locksOuterJoinedRows() {
        return false;
    }

    /**
     * A row lock of the rows of the tables named (quoted aliases of the query; {@code selectForUpdate(…, of)}).
     * Default {@code FOR UPDATE OF a, b [NOWAIT] [SKIP LOCKED]}, as PostgreSQL and MySQL 8 write it.
     *
     * @throws ParamsException where the database cannot lock only some tables of a join
     */
    public void rowLockOf(SqlWriter out, boolean nowait, boolean skipLocked, List<String> tables) {
        out.append(" FOR UPDATE OF ").append(String.join(", ", tables)).append(nowait ? " NOWAIT" : "")
                .append(skipLocked ? " SKIP LOCKED" : "");
    }

    // ---- INSERT, UPDATE, DELETE -------------------------------------------------------------

    /**
     * Whether a single-row INSERT reports its generated key through {@code RETURNING "pk"}; otherwise
     * the client's {@link DbClient#executeInsert} finds the key itself. Default true.
     */
    public boolean insertReturning() {
        return true;
    }

    /** An INSERT of a row made only of defaults. Default {@code INSERT INTO t DEFAULT VALUES}. */
    public String insertDefaults(String quotedTable) {
        return "INSERT INTO " + quotedTable + " DEFAULT VALUES";
    }

    /**
     * Whether an UPDATE or DELETE that filters by a sub-select of keys from its own table
     * ({@code WHERE pk IN (SELECT pk FROM t …)}) must wrap that sub-select in a derived table
     * ({@code SELECT * FROM (…) "_keys"}), because the database cannot otherwise read the table
     * it changes (MySQL). Default false.
     */
    public boolean keysSubqueryNeedsDerivedTable() {
        return false;
    }

    // ---- values and matches -------------------------------------------------------------------

    /** A column as text, for pattern matches on columns that are not text. Default {@code CAST(c AS VARCHAR)}. */
    public String asText(String column) {
        return "CAST(" + column + " AS VARCHAR)";
    }

    /**
     * A bound parameter as a value of a column type, where the database cannot infer its type
     * (inside a {@code CASE}). Default a plain {@code ?}.
     *
     * @param columnType the column's type as {@link ColumnTypes#plain} writes it
     */
    public String typedParam(String columnType) {
        return "?";
    }

    /**
     * Appends a pattern match of a text column against a bound pattern: the user's {@code value}
     * taken literally, with a wildcard before it and/or after it. Default: {@code col LIKE ? ESCAPE '!'},
     * or {@code UPPER(col) LIKE UPPER(?) ESCAPE '!'} when {@code ignoreCase}.
     *
     * <p>Contract: every character of {@code value} matches only itself, whatever it is; a
     * character the database cannot match literally (a NUL, where C strings end) is refused with
     * a {@link dev.tortoise.exceptions.ValidationException}, never turned into a wildcard or a
     * truncated pattern. The default takes NUL literally (as H2 and MySQL do).
     */
    public void patternMatch(SqlWriter out, String column, String value, boolean wildcardBefore,
                             boolean wildcardAfter, boolean ignoreCase) {
        String pattern = (wildcardBefore ? "%" : "") + escapeLike(value) + (wildcardAfter ? "%" : "");
        if (ignoreCase) {
            out.append("UPPER(").append(column).append(") LIKE UPPER(").param(pattern).append(")");
        } else {
            out.append(column).append(" LIKE ").param(pattern);
        }
        out.append(" ESCAPE '" + LIKE_ESCAPE + "'");
    }

    /**
     * How one step of an {@code F} expression ({@code left op right}, op one of {@code + - * /}) is
     * written: the text before the left operand, between the operands and after the right one.
     * Default {@code (left op right)}: the database computes, and PostgreSQL, MySQL and H2 raise
     * their own error when integers overflow.
     *
     * @param integers whether both operands are integers (the result is stored in, or compared
     *                 with, an integer column): a database that would silently turn an overflowing
     *                 integer into a float must write a checked form instead
     */
    public ArithmeticForm arithmetic(String operator, boolean integers) {
        return new ArithmeticForm("(", operator, ")");
    }

    /**
     * How an integer expression stored in a column narrower than 64 bits is checked against the
     * column's range. Default: not wrapped ({@code before} and {@code after} empty), since the
     * database refuses an out-of-range value itself; a database that would store it anyway (SQLite)
     * wraps it in a check that fails.
     */
    public ArithmeticForm integerInRange(long min, long max) {
        return new ArithmeticForm("", "", "");
    }

    /**
     * Text written around an expression: {@code before} left, {@code between} (for a binary step)
     * and {@code after}.
     */
    public record ArithmeticForm(String before, String between, String after) {
    }

    /**
     * Appends a POSIX regular-expression match of a text column against a bound pattern.
     * Default: unsupported.
     *
     * @throws ParamsException when the database has no regular expressions
     */
    public void regexMatch(SqlWriter out, String column, String pattern) {
        throw new ParamsException("The lookup 'posix_regex' is not supported by this database");
    }

    /**
     * A regular-expression match that ignores case when {@code ignoreCase} ({@code iposix_regex}).
     * Default: {@link #regexMatch(SqlWriter, String, String)} when case matters, unsupported otherwise.
     *
     * @throws ParamsException when the database cannot
     */
    public void regexMatch(SqlWriter out, String column, String pattern, boolean ignoreCase) {
        if (!ignoreCase) {
            regexMatch(out, column, pattern);
            return;
        }
        throw new ParamsException("The lookup 'iposix_regex' is not supported by this database");
    }

    // ---- full-text search ----------------------------------------------------------------------

    /**
     * Whether the database has full-text search, the {@code search} lookup. When false, core
     * refuses the lookup with a {@link dev.tortoise.exceptions.FieldException} naming the field and
     * the connection. Default false.
     */
    public boolean fullTextSearch() {
        return false;
    }

    /**
     * Whether a search needs a full-text index over exactly the searched column (MySQL's and
     * MariaDB's {@code MATCH}), so that core can refuse a search on a field without one before the
     * server does. Default false.
     */
    public boolean searchNeedsFullTextIndex() {
        return false;
    }

    /**
     * Appends a condition that holds when the text {@code column} contains the words of
     * {@code terms}, bound as a parameter. Terms are data, never query syntax: no input (quotes,
     * {@code + - * " @ ~ < >}, parentheses, blank text) may cause a database error, and text without
     * words matches nothing. A full-text index made by {@link SchemaDialect#createFullTextIndex}
     * over the column must be usable for it. Only called when {@link #fullTextSearch()}. Default:
     * unsupported.
     *
     * @throws ParamsException when the database cannot
     */
    public void fullTextMatch(SqlWriter out, String column, String terms) {
        throw new ParamsException("The lookup 'search' is not supported by this database");
    }

    // ---- arrays --------------------------------------------------------------------------------

    /** The lookups of array columns. */
    public enum ArrayMatch {
        /** {@code tags__contains}: the column holds every element of the value. */
        CONTAINS,
        /** {@code tags__contained_by}: every element of the column is in the value. */
        CONTAINED_BY,
        /** {@code tags__overlap}: the column and the value share an element. */
        OVERLAP
    }

    /**
     * Appends an array lookup of an array column against a bound array ({@code boundArray}, as the
     * codec made it for the column). Only called on platforms whose {@link ColumnTypes} have array
     * types. Default: unsupported.
     *
     * @throws ParamsException when the database has no array operators
     */
    public void arrayMatch(SqlWriter out, String column, ArrayMatch match, Object boundArray) {
        throw new ParamsException("The array lookup '" + match.name().toLowerCase(java.util.Locale.ROOT)
                + "' is not supported by this database");
    }

    // ---- JSON --------------------------------------------------------------------------------

    /** What a JSON key-path lookup compares the value at its path as. */
    public enum JsonScalar {
        /** A JSON number, compared numerically with a bound Java number. */
        NUMBER,
        /** A JSON string, compared as text with a bound Java string. */
        TEXT,
        /** JSON {@code true} or {@code false}, compared with a bound Java {@code Boolean}. */
        BOOLEAN
    }

    /**
     * Appends the value found at {@code path} inside a JSON column as an SQL value of
     * {@code type}, or SQL NULL when the path is missing or holds a JSON value of another type (so
     * that {@code data__size__gt} never matches the string {@code "big"}). The caller compares
     * the expression with a bound value ({@code = ?}, {@code > ?}, {@code IN (...)}) or matches
     * it as text. The path is bound ({@link JsonPath#dollarPath()}, {@link JsonPath#textArray()}),
     * as often as the expression needs it. Default: unsupported.
     *
     * @throws ParamsException when the database has no JSON functions
     */
    public void jsonValue(SqlWriter out, JsonPath path, JsonScalar type) {
        throw path.unsupported();
    }

    /**
     * Appends a condition true when {@code path} is missing from a JSON column's value, holds JSON
     * {@code null}, or the column itself is NULL. Default: unsupported.
     *
     * @throws ParamsException when the database has no JSON functions
     */
    public void jsonIsNull(SqlWriter out, JsonPath path) {
        throw path.unsupported();
    }

    /**
     * Appends a JSON containment test, as PostgreSQL's {@code jsonb @>} defines it: the value at
     * {@code path} (the whole column when the path is {@link JsonPath#isRoot() empty}) contains
     * {@code boundJson}: every key of an object with a value that contains the other's, every
     * element of an array in the other array, a scalar equal. With {@code containedBy}, the other
     * way round ({@code <@}). {@code boundJson} is the JSON value as the codec binds it for the
     * column, and is bound once. Default: unsupported.
     *
     * @throws ParamsException when the database cannot test containment
     */
    public void jsonContains(SqlWriter out, JsonPath path, Object boundJson, boolean containedBy) {
        throw path.unsupported();
    }

    // ---- dates and times ---------------------------------------------------------------------

    /**
     * An integer part of a date, time or datetime expression that already holds the wall time
     * whose parts are wanted. Default {@code CAST(EXTRACT(PART FROM c) AS INTEGER)}, seconds whole.
     */
    public String datePart(DatePart part, String column) {
        return switch (part) {
            case SECOND -> "CAST(FLOOR(EXTRACT(SECOND FROM " + column + ")) AS INTEGER)";
            case MICROSECOND -> "(CAST(EXTRACT(MICROSECONDS FROM " + column + ") AS INTEGER) % 1000000)";
            default -> "CAST(EXTRACT(" + part.name() + " FROM " + column + ") AS INTEGER)";
        };
    }

    /**
     * A datetime column as the wall time in the configured zone, for date-part lookups. The
     * default suits a database that stores wall times without a zone: values are used as they are
     * when they are already wall times in the zone (no {@code useTz}, or a UTC zone); otherwise the
     * database cannot convert them and the lookup fails.
     *
     * @throws ConfigurationException when the database cannot convert to the zone
     */
    public String wallTime(String column, ZoneContext zone) {
        if (!zone.useTz() || zone.isUtc()) {
            return column;
        }
        throw new ConfigurationException("The date-part lookup '" + zone.lookup() + "' needs the datetimes of"
                + " connection '" + zone.alias() + "' in time zone " + zone.zone().getId() + ", but this database"
                + " cannot convert time zones: turn use_tz off or use a UTC timezone");
    }

    /**
     * What a {@link #wallTime} conversion is for.
     *
     * @param zone     the configured time zone
     * @param useTz    whether datetimes are stored in UTC (else as wall times in {@code zone})
     * @param features the server's features ({@link ServerFeatures#namedTimeZones()})
     * @param alias    the connection alias, for messages
     * @param lookup   the lookup being compiled, for messages
     */
    public record ZoneContext(ZoneId zone, boolean useTz, ServerFeatures features, String alias, String lookup) {

        /** The zone's offset when it has only one (a fixed offset such as UTC or +02:00), else null. */
        public ZoneOffset fixedOffset() {
            return zone.getRules().isFixedOffset() ? zone.getRules().getOffset(Instant.EPOCH) : null;
        }

        /** Whether the zone is UTC or any other zone fixed at offset zero. */
        public boolean isUtc() {
            ZoneOffset fixed = fixedOffset();
            return fixed != null && fixed.getTotalSeconds() == 0;
        }
    }

    // ---- helpers for subclasses ---------------------------------------------------------------

    /** Makes {@code %}, {@code _} and {@link #LIKE_ESCAPE} match themselves in a LIKE pattern. */
    protected static String escapeLike(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
                sb.append(LIKE_ESCAPE);
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** {@code +05:30:00}: an offset with its seconds, the sign east of Greenwich. */
    protected static String offsetText(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        int abs = Math.abs(seconds);
        return "%s%02d:%02d:%02d".formatted(seconds < 0 ? "-" : "+", abs / 3600, abs / 60 % 60, abs % 60);
    }

    /**
     * What follows the VALUES of a multi-row INSERT so that a row colliding with an existing one is
     * skipped ({@code updateColumns} empty) or updates {@code updateColumns} of that row instead.
     * Columns come quoted. Default SQLite's and PostgreSQL's
     * {@code ON CONFLICT ("a","b") DO UPDATE SET "c"=EXCLUDED."c"} / {@code ON CONFLICT DO NOTHING}.
     *
     * @param conflictColumns the columns of the unique constraint (empty when skipping on any)
     * @param pkColumn        the primary key column, for spellings that need a no-op assignment
     */
    public String onConflict(List<String> conflictColumns, List<String> updateColumns, String pkColumn) {
        if (updateColumns.isEmpty()) {
            return " ON CONFLICT DO NOTHING";
        }
        StringBuilder out = new StringBuilder(" ON CONFLICT (").append(String.join(",", conflictColumns))
                .append(") DO UPDATE SET ");
        for (int i = 0; i < updateColumns.size(); i++) {
            String column = updateColumns.get(i);
            out.append(i == 0 ? "" : ",").append(column).append("=EXCLUDED.").append(column);
        }
        return out.toString();
    }

    /**
     * Whether a multi-row INSERT with {@link #onConflict} can end in {@code RETURNING}, one row per
     * row inserted or updated (SQLite, PostgreSQL). Default true.
     */
    public boolean onConflictReturnsRows() {
        return true;
    }

    /**
     * The statement that shows how the database would run {@code select} (same placeholders).
     * Default {@code EXPLAIN <select>}; SQLite's is {@code EXPLAIN QUERY PLAN}.
     */
    public String explain(String select) {
        return "EXPLAIN " + select;
    }

    // ---- expressions ------------------------------------------------------------------------

    /**
     * How a function call is written around its arguments: {@code arity + 1} pieces of text, the
     * first before the first argument, each next one after the next argument (so
     * {@code ["SUBSTRING(", " FROM ", " FOR ", ")"]} for three arguments). The defaults are
     * standard SQL: {@code CHAR_LENGTH} for {@link SqlFunction#LENGTH}, {@code CONCAT(...)} (NULL
     * parts ignored, as PostgreSQL and H2 do), {@code SUBSTRING(x FROM s FOR n)},
     * {@code RANDOM()}, {@code POWER}, {@code MOD}.
     *
     * @param arity the number of arguments (at least two for COALESCE, one or more for CONCAT)
     */
    public List<String> function(SqlFunction function, int arity) {
        return switch (function) {
            case LENGTH -> List.of("CHAR_LENGTH(", ")");
            case SUBSTRING -> List.of("SUBSTRING(", " FROM ", " FOR ", ")");
            case RANDOM -> List.of("RANDOM()");
            default -> call(function.name(), arity);
        };
    }

    /** {@code NAME(a,b,...)} for {@code arity} arguments, as {@link #function} pieces. */
    protected static List<String> call(String name, int arity) {
        return joined(name + "(", ",", ")", arity);
    }

    /** {@code arity + 1} pieces: {@code open}, then {@code between} between arguments, then {@code close}. */
    protected static List<String> joined(String open, String between, String close, int arity) {
        if (arity == 0) {
            return List.of(open + close);
        }
        java.util.ArrayList<String> pieces = new java.util.ArrayList<>(arity + 1);
        pieces.add(open);
        for (int i = 1; i < arity; i++) {
            pieces.add(between);
        }
        pieces.add(close);
        return List.copyOf(pieces);
    }

    /**
     * How a value is converted to the SQL type that holds a Java type ({@code Cast.of(x, type)}),
     * or null when this database has none. Default {@code CAST(x AS VARCHAR | INTEGER | BIGINT |
     * SMALLINT | DOUBLE PRECISION | NUMERIC | BOOLEAN | DATE)} for {@code String}, {@code Integer},
     * {@code Long}, {@code Short}, {@code Double}/{@code Float}, {@code BigDecimal},
     * {@code Boolean} and {@code LocalDate}.
     */
    public Wrapping cast(Class<?> javaType) {
        String type = castTypeName(javaType);
        return type == null ? null : new Wrapping("CAST(", " AS " + type + ")");
    }

    /**
     * The SQL type {@link #cast} names for a Java type, or null when there is none; a backend
     * overrides this for its own names. Default: the standard names above.
     */
    protected String castTypeName(Class<?> javaType) {
        if (javaType == String.class) {
            return "VARCHAR";
        } else if (javaType == Integer.class) {
            return "INTEGER";
        } else if (javaType == Long.class) {
            return "BIGINT";
        } else if (javaType == Short.class) {
            return "SMALLINT";
        } else if (javaType == Double.class || javaType == Float.class) {
            return "DOUBLE PRECISION";
        } else if (javaType == java.math.BigDecimal.class) {
            return "NUMERIC";
        } else if (javaType == Boolean.class) {
            return "BOOLEAN";
        } else if (javaType == java.time.LocalDate.class) {
            return "DATE";
        }
        return null;
    }

    /** Text written before and after an expression. */
    public record Wrapping(String before, String after) {
    }

    /**
     * SQL for the current instant in the form this database stores datetimes for the given zone
     * settings, so that it compares with datetime columns and reads back as one; or null when no
     * expression has that form, and the query layer binds the application's clock instead.
     * Default {@code CURRENT_TIMESTAMP}, right for a column that keeps instants.
     */
    public String now(ZoneContext zone) {
        return "CURRENT_TIMESTAMP";
    }

    /**
     * Whether an aggregate can be filtered with {@code FILTER (WHERE ...)} (PostgreSQL, SQLite,
     * H2); where not (MySQL, MariaDB) the query layer writes {@code CASE WHEN ... THEN x END}
     * inside the aggregate instead. Default true.
     */
    public boolean aggregateFilter() {
        return true;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
