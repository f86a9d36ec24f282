package dev.tortoise.spi.jdbc;

import java.sql.Connection;

/**
 * One borrowed connection. Closing the lease gives the connection back (or, for a single
 * connection, unlocks it) exactly once; closing it again does nothing.
 */
public interface ConnectionLease extends AutoCloseable {

    /** The borrowed connection; valid until {@link #close()}. */
    Connection connection();

    /**
     * Marks the connection as unusable (its state could not be restored), so that it is discarded
     * instead of being handed to the next caller.
     */
    void markBroken();

    /** Gives the connection back. Never throws. */
    @Override
    void close();
}
