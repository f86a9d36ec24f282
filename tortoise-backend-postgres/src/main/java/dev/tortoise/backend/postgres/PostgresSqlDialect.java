package dev.tortoise.backend.postgres;

import dev.tortoise.spi.JsonPath;
import dev.tortoise.spi.SqlDialect;
import dev.tortoise.spi.SqlDialect.JsonScalar;
import dev.tortoise.spi.SqlWriter;
import java.time.ZoneOffset;

/**
 * PostgreSQL's query SQL: the standard forms of {@link SqlDialect}, plus a row lock that names the
 * locked table when outer joins are present, {@code ~} for regular expressions, casts for values
 * whose type PostgreSQL cannot infer, {@code AT TIME ZONE} for datetimes (which PostgreSQL
 * keeps as instants, {@code TIMESTAMPTZ}), {@code jsonb} operators for JSON lookups, and
 * full-text search with the {@code simple} configuration.
 */
final class PostgresSqlDialect extends SqlDialect {

    /** PostgreSQL refuses FOR UPDATE on the nullable side of an outer join: lock the queried table only. */
    @Override
    public void rowLock(SqlWriter out, boolean nowait, boolean skipLocked, String lockedTable) {
        out.append(" FOR UPDATE");
        if (lockedTable != null) {
            out.append(" OF ").append(lockedTable);
        }
        out.append(nowait ? " NOWAIT" : "").append(skipLocked ? " SKIP LOCKED" : "");
    }

    /** PostgreSQL text cannot hold a NUL, so no pattern can match one: refused before the server sees it. */
    @Override
    public void patternMatch(SqlWriter out, String column, String value, boolean wildcardBefore,
                             boolean wildcardAfter, boolean ignoreCase) {
        PostgresValueCodec.refuseNul(value, "A pattern lookup value");
        super.patternMatch(out, column, value, wildcardBefore, wildcardAfter, ignoreCase);
    }

    /**
     * The text-search configuration of {@code search} and of full-text indexes: {@code simple}
     * lower-cases words and keeps every one (no stemming, no stop words), so a search finds the
     * words as written whatever the server's {@code default_text_search_config} and language. It is
     * named, not left to that default, because an index expression must be immutable: a GIN index
     * over {@code to_tsvector('simple', col)} serves exactly the lookups written with the same name.
     */
    static final String TEXT_SEARCH_CONFIG = "'simple'";

    @Override
    public boolean fullTextSearch() {
        return true;
    }

    /**
     * {@code to_tsvector('simple', col) @@ plainto_tsquery('simple', ?)}: every word must occur.
     * {@code plainto_tsquery} reads the terms as plain text, ignoring punctuation and operators, so
     * no input is a syntax error ({@code to_tsquery} and {@code websearch_to_tsquery} give meaning
     * to {@code & | ! <-> " or -}); terms without a word match nothing.
     */
    @Override
    public void fullTextMatch(SqlWriter out, String column, String terms) {
        PostgresValueCodec.refuseNul(terms, "A search lookup value");
        out.append("to_tsvector(" + TEXT_SEARCH_CONFIG + ", ").append(column)
                .append(") @@ plainto_tsquery(" + TEXT_SEARCH_CONFIG + ", ").param(terms).append(")");
    }

    @Override
    public String typedParam(String columnType) {
        return "CAST(? AS " + columnType + ")";
    }

    @Override
    public void regexMatch(SqlWriter out, String column, String pattern) {
        regexMatch(out, column, pattern, false);
    }

    @Override
    public void regexMatch(SqlWriter out, String column, String pattern, boolean ignoreCase) {
        PostgresValueCodec.refuseNul(pattern, "A posix_regex lookup value");
        out.append(column).append(ignoreCase ? " ~* " : " ~ ").param(pattern);
    }

    /**
     * {@code col AT TIME ZONE 'Europe/Berlin'}, whatever {@code useTz} says (TIMESTAMPTZ holds
     * instants), so the session's {@code TimeZone} plays no part. A fixed offset is written as an
     * ISO interval, since PostgreSQL reads {@code '+02:00'} as POSIX, west of Greenwich.
     */
    @Override
    public String wallTime(String column, ZoneContext zone) {
        ZoneOffset fixed = zone.fixedOffset();
        return "(" + column + " AT TIME ZONE " + (fixed != null ? "INTERVAL '" + offsetText(fixed) + "'"
                : stringLiteral(zone.zone().getId())) + ")";
    }

    /** {@code @>}, {@code <@} and {@code &&}: PostgreSQL's array operators, against a bound array. */
    @Override
    public void arrayMatch(SqlWriter out, String column, ArrayMatch match, Object boundArray) {
        out.append(column).append(switch (match) {
            case CONTAINS -> " @> ";
            case CONTAINED_BY -> " <@ ";
            case OVERLAP -> " && ";
        }).param(boundArray);
    }

    /**
     * The JSON value at a path: {@code #>} on the column as {@code jsonb} (a cast that costs
     * nothing on the JSONB columns Tortoise makes, and lets a {@code json} column work too), the
     * path bound as a {@code text[]}.
     */
    private static void node(SqlWriter out, JsonPath path) {
        PostgresValueCodec.refuseNul(path.textArray(), "A key of the JSON lookup '" + path.lookup() + "'");
        out.append("(CAST(").append(path.column()).append(" AS jsonb) #> CAST(").param(path.textArray())
                .append(" AS text[]))");
    }

    /** {@code CASE WHEN jsonb_typeof(v)='number' THEN CAST(v AS numeric) END} and the like. */
    @Override
    public void jsonValue(SqlWriter out, JsonPath path, JsonScalar type) {
        out.append("CASE WHEN jsonb_typeof(");
        node(out, path);
        out.append(switch (type) {
            case NUMBER -> ")='number' THEN CAST(";
            case TEXT -> ")='string' THEN (";
            case BOOLEAN -> ")='boolean' THEN CAST(";
        });
        node(out, path);
        out.append(switch (type) {
            case NUMBER -> " AS numeric) END";
            case TEXT -> " #>> '{}') END";
            case BOOLEAN -> " AS boolean) END";
        });
    }

    @Override
    public void jsonIsNull(SqlWriter out, JsonPath path) {
        out.append("COALESCE(jsonb_typeof(");
        node(out, path);
        out.append("),'null')='null'");
    }

    /** {@code @>} and {@code <@}, which a GIN index on the column serves. */
    @Override
    public void jsonContains(SqlWriter out, JsonPath path, Object boundJson, boolean containedBy) {
        if (path.isRoot()) {
            out.append("CAST(").append(path.column()).append(" AS jsonb)");
        } else {
            node(out, path);
        }
        out.append(containedBy ? " <@ " : " @> ").param(boundJson);
    }
}
