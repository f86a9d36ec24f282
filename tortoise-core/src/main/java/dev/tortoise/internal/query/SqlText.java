package dev.tortoise.internal.query;

import dev.tortoise.spi.SqlWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL being written together with the values bound to its {@code ?} placeholders, in order. Values
 * are only ever added as parameters, never spliced into the text.
 */
public final class SqlText implements SqlWriter {
    private final StringBuilder sql = new StringBuilder(128);
    private final List<Object> params = new ArrayList<>();

    /** Appends literal SQL text (identifiers must already be quoted). */
    @Override
    public SqlText append(String text) {
        sql.append(text);
        return this;
    }

    /** Appends a {@code ?} and binds the value to it. */
    @Override
    public SqlText param(Object value) {
        sql.append('?');
        params.add(value);
        return this;
    }

    /** Appends another piece with its parameters. */
    public SqlText append(SqlText other) {
        sql.append(other.sql);
        params.addAll(other.params);
        return this;
    }

    /** Binds a value to a placeholder the caller wrote itself. */
    SqlText bind(Object value) {
        params.add(value);
        return this;
    }

    /**
     * Stands for a column in SQL written around it ({@code patternMatch}, which may write the column
     * more than once) when the "column" is an expression with bound values of its own (an
     * annotation, the text at a bound JSON path); {@link #spliceColumn} puts the expression in.
     * No SQL a dialect writes contains it.
     */
    static final String COLUMN = "\u0001";

    /**
     * This SQL with every {@link #COLUMN} replaced by {@code column} (its text, and its values bound
     * again at that place), so that placeholders and values stay in order however often and wherever
     * the column appears. Every {@code ?} of this text must be one of its placeholders.
     */
    SqlText spliceColumn(SqlText column) {
        SqlText out = new SqlText();
        int param = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == COLUMN.charAt(0)) {
                out.append(column);
            } else if (c == '?' && param < params.size()) {
                out.param(params.get(param++));
            } else {
                out.sql.append(c);
            }
        }
        return out;
    }

    /** Whether nothing was written yet. */
    public boolean isEmpty() {
        return sql.isEmpty();
    }

    /** The SQL text. */
    public String sql() {
        return sql.toString();
    }

    /** The bound values, in placeholder order. */
    public List<Object> params() {
        return params;
    }

    /** The bound values as the array {@code DbClient} takes. */
    public Object[] paramArray() {
        return params.toArray();
    }

    @Override
    public String toString() {
        return sql + " " + params;
    }
}
