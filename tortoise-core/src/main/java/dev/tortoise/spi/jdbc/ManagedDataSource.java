package dev.tortoise.spi.jdbc;

import javax.sql.DataSource;

/**
 * A {@link DataSource} whose connections may belong to a transaction that an outer manager runs
 * on the calling thread, as Spring's transaction manager does: inside such a transaction
 * {@link #getConnection()} returns that transaction's connection, and closing it leaves the
 * connection to the manager. A framework integration hands Tortoise one of these
 * ({@code TortoiseConfig.Builder.connection(alias, dataSource, engine)}); the JDBC kit's clients
 * then join the outer transaction instead of beginning their own: statements run on its
 * connection, and {@code inTransaction} blocks become savepoints inside it, committed or rolled
 * back by the manager.
 *
 * <p>{@link #inManagedTransaction()} is asked on every transaction and statement, on the thread
 * that runs it: it must answer from memory and must not block.
 */
public interface ManagedDataSource extends DataSource {

    /** Whether the calling thread is inside the outer manager's transaction on this data source. */
    boolean inManagedTransaction();
}
