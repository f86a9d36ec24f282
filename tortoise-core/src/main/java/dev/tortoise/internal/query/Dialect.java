package dev.tortoise.internal.query;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.exceptions.ParamsException;
import dev.tortoise.internal.meta.FieldMeta;

/**
 * What differs between the SQL the query layer writes for each database, as data: quoting, how an
 * OFFSET is written without a LIMIT, row locks, how keys come back from an INSERT, case-sensitive
 * pattern matching, casts, and date parts. Everything else is the same SQL on every backend.
 */
public enum Dialect {
    SQLITE("sqlite", '"', "LIMIT -1", false, false, true, "TEXT"),
    POSTGRES("postgres", '"', null, true, true, true, "VARCHAR"),
    MYSQL("mysql", '`', "LIMIT 18446744073709551615", true, false, false, "CHAR");

    /** The escape character of every LIKE pattern we write; user wildcards are escaped with it. */
    static final char LIKE_ESCAPE = '!';

    private final String name;
    private final char quote;
    private final String offsetOnlyLimit;
    private final boolean rowLocks;
    private final boolean returningKeys;
    private final boolean bulkReturning;
    private final String textCast;

    Dialect(String name, char quote, String offsetOnlyLimit, boolean rowLocks, boolean returningKeys,
            boolean bulkReturning, String textCast) {
        this.name = name;
        this.quote = quote;
        this.offsetOnlyLimit = offsetOnlyLimit;
        this.rowLocks = rowLocks;
        this.returningKeys = returningKeys;
        this.bulkReturning = bulkReturning;
        this.textCast = textCast;
    }

    /**
     * The dialect of a client's {@code dialect()} name.
     *
     * @throws ConfigurationException for a dialect the query layer does not know
     */
    public static Dialect of(String name) {
        for (Dialect d : values()) {
            if (d.name.equals(name)) {
                return d;
            }
        }
        throw new ConfigurationException("The query layer does not know the SQL dialect \"" + name
                + "\"; known dialects are sqlite, postgres and mysql");
    }

    /** An identifier quoted for this dialect; quote characters inside are doubled. */
    public String quote(String identifier) {
        String q = String.valueOf(quote);
        return q + identifier.replace(q, q + q) + q;
    }

    /** What stands before {@code OFFSET n} when no limit is set, or null when OFFSET may stand alone. */
    String offsetOnlyLimit() {
        return offsetOnlyLimit;
    }

    /** Whether {@code SELECT ... FOR UPDATE} locks rows (SQLite locks the whole file instead). */
    boolean rowLocks() {
        return rowLocks;
    }

    /** Whether a row lock must name the locked table ({@code FOR UPDATE OF}) when outer joins are present. */
    boolean lockNamesTable() {
        return this == POSTGRES;
    }

    /** Whether a single INSERT reports its generated key through {@code RETURNING}. */
    boolean returningKeys() {
        return returningKeys;
    }

    /** Whether a multi-row INSERT can return the generated keys of its rows, in order. */
    boolean bulkReturning() {
        return bulkReturning;
    }

    /** A column as text, for pattern matches on non-text columns. */
    String asText(String column) {
        return "CAST(" + column + " AS " + textCast + ")";
    }

    /**
     * A case-sensitive pattern match: {@code column} against a bound pattern made of {@code prefix},
     * the user's value and {@code suffix} (wildcards), with the user's value taken literally.
     */
    void caseSensitiveMatch(SqlText out, String column, String prefixWildcard, String value, String suffixWildcard) {
        switch (this) {
            // SQLite's LIKE ignores ASCII case; GLOB does not, and brackets make its wildcards literal.
            case SQLITE -> out.append(column).append(" GLOB ")
                    .param((prefixWildcard.isEmpty() ? "" : "*") + escapeGlob(value) + (suffixWildcard.isEmpty() ? "" : "*"));
            // MySQL's LIKE follows the column's collation, which usually ignores case; bytes do not.
            case MYSQL -> out.append("CAST(").append(column).append(" AS BINARY) LIKE CAST(")
                    .param(prefixWildcard + escapeLike(value) + suffixWildcard).append(" AS BINARY) ESCAPE '")
                    .append(String.valueOf(LIKE_ESCAPE)).append("'");
            case POSTGRES -> out.append(column).append(" LIKE ").param(prefixWildcard + escapeLike(value) + suffixWildcard)
                    .append(" ESCAPE '").append(String.valueOf(LIKE_ESCAPE)).append("'");
        }
    }

    /** A case-insensitive pattern match, the user's value taken literally. */
    void caseInsensitiveMatch(SqlText out, String column, String prefixWildcard, String value, String suffixWildcard) {
        out.append("UPPER(").append(column).append(") LIKE UPPER(")
                .param(prefixWildcard + escapeLike(value) + suffixWildcard)
                .append(") ESCAPE '").append(String.valueOf(LIKE_ESCAPE)).append("'");
    }

    /** A POSIX regular-expression match. */
    void regexMatch(SqlText out, String column, String pattern) {
        switch (this) {
            case POSTGRES -> out.append(column).append(" ~ ").param(pattern);
            case MYSQL -> out.append("CAST(").append(column).append(" AS BINARY) REGEXP ").param(pattern);
            case SQLITE -> throw new ParamsException("The lookup 'posix_regex' is not supported on SQLite"
                    + " (it has no REGEXP function); use it on PostgreSQL or MySQL/MariaDB");
        }
    }

    /**
     * A bound parameter as a value of the field's column type, where the database cannot infer it
     * (PostgreSQL, inside a {@code CASE}); a plain {@code ?} elsewhere.
     */
    String typedParam(FieldMeta field) {
        return this == POSTGRES ? "CAST(? AS " + field.type().sqlType(name, field) + ")" : "?";
    }

    /**
     * An integer part of a date, time or datetime value. A datetime must already be the wall time
     * whose parts are wanted: {@link DatePartSql} converts it to the configured zone first.
     */
    String datePart(DatePart part, String column) {
        return switch (this) {
            case POSTGRES -> switch (part) {
                case SECOND -> "CAST(FLOOR(EXTRACT(SECOND FROM " + column + ")) AS INTEGER)";
                case MICROSECOND -> "(CAST(EXTRACT(MICROSECONDS FROM " + column + ") AS INTEGER) % 1000000)";
                default -> "CAST(EXTRACT(" + part.name() + " FROM " + column + ") AS INTEGER)";
            };
            case MYSQL -> part == DatePart.WEEK ? "WEEK(" + column + ", 3)"
                    : "EXTRACT(" + part.name() + " FROM " + column + ")";
            case SQLITE -> switch (part) {
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
        };
    }

    private static String strftime(String format, String column) {
        return "CAST(STRFTIME('" + format + "', " + column + ") AS INTEGER)";
    }

    /** Makes {@code %}, {@code _} and the escape character match themselves in a LIKE pattern. */
    static String escapeLike(String value) {
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
