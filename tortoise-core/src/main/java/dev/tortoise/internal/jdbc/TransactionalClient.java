package dev.tortoise.internal.jdbc;

import dev.tortoise.Block;
import dev.tortoise.spi.DbClient;

/**
 * A {@link DbClient} that runs blocks in transactions. Every client of this project's backends
 * implements it; {@code Tortoise.inTransaction} reaches it through this interface.
 */
public interface TransactionalClient extends DbClient {

    /**
     * Runs the block in a transaction on one connection of this client and returns its value.
     *
     * <p>The transaction belongs to the calling thread: every call of this client made by that
     * thread inside the block uses the transaction's connection; other threads, including threads
     * the block starts, do not see it and use connections of their own. A nested call on the same
     * thread is a savepoint ({@code tortoise_savepoint_<n>}): if the inner block throws, its work is
     * rolled back to the savepoint and the outer block goes on; if it returns, the savepoint is
     * released. When the outermost block returns, the transaction commits; when it throws, it
     * rolls back and the block's exception comes out unchanged (a failing rollback is attached
     * to it as suppressed). Blocks the calling thread while it waits for a connection.
     *
     * @throws X whatever the block throws
     * @throws dev.tortoise.exceptions.TransactionManagementException when the transaction or a
     *         savepoint cannot be begun or committed
     * @throws dev.tortoise.exceptions.IntegrityException when the commit violates a deferred constraint
     */
    <T, X extends Exception> T inTransaction(Block<T, X> block) throws X;

    /** Whether the calling thread is inside a transaction of this client. */
    boolean isInTransaction();
}
