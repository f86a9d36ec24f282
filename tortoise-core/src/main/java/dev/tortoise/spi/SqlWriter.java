package dev.tortoise.spi;

/**
 * Where a {@link SqlDialect} writes a piece of a statement: SQL text and the values bound to its
 * {@code ?} placeholders, in order. Values are only ever bound, never spliced into the text.
 */
public interface SqlWriter {

    /** Appends SQL text; identifiers in it must already be quoted. */
    SqlWriter append(String sql);

    /** Appends a {@code ?} and binds the value to it. */
    SqlWriter param(Object value);
}
