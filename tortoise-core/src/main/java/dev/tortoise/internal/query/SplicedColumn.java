package dev.tortoise.internal.query;

import dev.tortoise.spi.SqlWriter;

/**
 * Lets a dialect method that takes a column as plain text ({@code patternMatch}, which may write
 * the column more than once) work on an expression with bound values of its own, such as the
 * text at a bound JSON path: the method is given {@link #MARK} as the column, and every mark it
 * writes is replaced by the expression, its values bound again at that place, so placeholders
 * and values stay in order however often and wherever the column appears.
 */
final class SplicedColumn implements SqlWriter {
    /** Stands for the column; no SQL a dialect writes contains it. */
    static final String MARK = "\u0000column\u0000";

    private final SqlText out;
    private final SqlText column;

    SplicedColumn(SqlText out, SqlText column) {
        this.out = out;
        this.column = column;
    }

    @Override
    public SqlWriter append(String sql) {
        int from = 0;
        for (int at = sql.indexOf(MARK); at >= 0; at = sql.indexOf(MARK, from)) {
            out.append(sql.substring(from, at)).append(column);
            from = at + MARK.length();
        }
        out.append(sql.substring(from));
        return this;
    }

    @Override
    public SqlWriter param(Object value) {
        out.param(value);
        return this;
    }
}
