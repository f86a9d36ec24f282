package dev.tortoise;

import java.time.Duration;

/**
 * One statement as a {@link StatementListener} sees it. Bound values are not part of it (they can
 * hold personal data or secrets); their number is.
 *
 * @param connection the connection alias ({@code default})
 * @param kind       what kind of call sent it
 * @param sql        the SQL text, with {@code ?} placeholders
 * @param binds      the number of bound values (of a batch: per row)
 * @param duration   how long the database took, null in {@link StatementListener#before}
 * @param rows       rows returned or changed; for a batch the number of rows sent, for a script the
 *                   number of statements; -1 when unknown (before, a stream, a failure)
 * @param error      what the statement failed with, as the caller sees it; null when it succeeded
 */
public record StatementEvent(String connection, Kind kind, String sql, int binds, Duration duration, long rows,
                             Throwable error) {

    /** The kinds of call, as meters tag them. */
    public enum Kind {
        /** A query read into rows. */
        QUERY,
        /** A query read lazily ({@code stream()}). */
        STREAM,
        /** An INSERT that returns its key. */
        INSERT,
        /** An UPDATE, DELETE or other statement that counts rows. */
        UPDATE,
        /** One statement sent for many rows. */
        BATCH,
        /** Statements without bound values, such as DDL. */
        SCRIPT
    }

    /** The same statement, done: with its duration, rows and error. */
    public StatementEvent finished(Duration took, long rowCount, Throwable failure) {
        return new StatementEvent(connection, kind, sql, binds, took, rowCount, failure);
    }

    /** Whether it failed. */
    public boolean failed() {
        return error != null;
    }
}
