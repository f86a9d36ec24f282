package dev.tortoise;

import dev.tortoise.exceptions.ParamsException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * SQL written by hand, for what no expression covers: {@code annotate("bucket", RawSql.of("prize /
 * ?", 100))}. The text is used as it is (so it must quote its own identifiers and suit the
 * database); every {@code ?} in it is bound to the next of {@code params}, in order: values are
 * never spliced into the text. The result is read as the driver returns it. Immutable.
 */
public final class RawSql implements Expression {
    private final String sql;
    private final List<Object> params;

    private RawSql(String sql, List<Object> params) {
        this.sql = sql;
        this.params = params;
    }

    /**
     * SQL with one {@code ?} per parameter.
     *
     * @throws ParamsException when the number of {@code ?} differs from the number of parameters,
     *         or the text is blank
     */
    public static RawSql of(String sql, Object... params) {
        Objects.requireNonNull(sql, "sql");
        if (sql.isBlank()) {
            throw new ParamsException("RawSql.of needs SQL text, got a blank string");
        }
        Object[] values = params == null ? new Object[] {null} : params;
        long marks = sql.chars().filter(c -> c == '?').count();
        if (marks != values.length) {
            throw new ParamsException("RawSql.of(\"" + sql + "\") has " + marks + " '?' placeholder(s) but "
                    + values.length + " parameter(s); give one parameter per '?'");
        }
        return new RawSql(sql, Arrays.asList(values.clone()));
    }

    /** The SQL text. */
    public String sql() {
        return sql;
    }

    /** The bound values, in placeholder order (unmodifiable). */
    public List<Object> params() {
        return java.util.Collections.unmodifiableList(params);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawSql r && r.sql.equals(sql) && r.params.equals(params);
    }

    @Override
    public int hashCode() {
        return sql.hashCode() * 31 + params.hashCode();
    }

    @Override
    public String toString() {
        return "RawSql(" + sql + ", " + params + ")";
    }
}
