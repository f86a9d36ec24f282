package dev.tortoise.spi.jdbc;

import dev.tortoise.Block;
import dev.tortoise.TxOptions;
import dev.tortoise.exceptions.OperationalException;
import dev.tortoise.exceptions.IntegrityException;
import dev.tortoise.exceptions.DbConnectionException;
import dev.tortoise.exceptions.TortoiseException;
import dev.tortoise.exceptions.TransactionManagementException;
import dev.tortoise.exceptions.TransactionOutcomeUnknownException;
import dev.tortoise.spi.ErrorKind;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The transactions of one client: which connection the calling thread's open transaction uses,
 * and how blocks begin, nest (savepoints), commit and roll back.
 *
 * <p>The binding is a plain {@link ThreadLocal} held per client: it is not inherited, so threads
 * a block starts (virtual or not) use connections of their own, and two clients never see each
 * other's transactions.
 *
 * <p>Options ({@link TxOptions}): isolation and read-only are set through the client's hooks when
 * a transaction begins and undone when it ends; {@code REQUIRES_NEW} puts the open transaction
 * aside for the block's own; inside an outer manager's transaction (see
 * {@link ConnectionSource#inOuterTransaction()}) the outermost block joins it with a savepoint and
 * leaves commit and rollback to that manager.
 */
final class Transactions {

    private static final String SAVEPOINT_PREFIX = "tortoise_savepoint_";

    private final ThreadLocal<Transaction> current = new ThreadLocal<>();
    private final JdbcClient client;

    Transactions(JdbcClient client) {
        this.client = client;
    }

    /** The connection of the calling thread's open transaction, or null outside one. */
    Connection currentConnection() {
        Transaction tx = current.get();
        return tx == null ? null : tx.lease.connection();
    }

    boolean active() {
        return current.get() != null || client.connectionSource().inOuterTransaction();
    }

    <T, X extends Exception> T run(TxOptions options, Block<T, X> block) throws X {
        Transaction tx = current.get();
        if (options.propagation() == TxOptions.Propagation.REQUIRES_NEW && tx != null) {
            return suspending(tx, options, block);
        }
        if (tx != null) {
            return nested(tx, block);
        }
        if (client.connectionSource().inOuterTransaction()) {
            if (options.propagation() == TxOptions.Propagation.REQUIRES_NEW) {
                throw new TransactionManagementException("Connection '" + client.connectionName() + "' is inside a"
                        + " transaction of an outer manager (Spring's): REQUIRES_NEW needs that manager's own"
                        + " REQUIRES_NEW (@Transactional(propagation = Propagation.REQUIRES_NEW))");
            }
            return joined(block);
        }
        return outermost(options, block);
    }

    /** Puts the open transaction aside, runs the block in one of its own, then brings the first back. */
    private <T, X extends Exception> T suspending(Transaction outer, TxOptions options, Block<T, X> block) throws X {
        if (client.connectionSource().singleConnection()) {
            throw new TransactionManagementException("REQUIRES_NEW on connection '" + client.connectionName()
                    + "': it has one connection, and the open transaction holds it; use NESTED (a savepoint) instead");
        }
        current.remove();
        try {
            return outermost(options, block);
        } finally {
            current.set(outer);
        }
    }

    /** The outermost block inside an outer manager's transaction: a savepoint on its connection. */
    private <T, X extends Exception> T joined(Block<T, X> block) throws X {
        ConnectionLease lease = client.connectionSource().acquire();
        Transaction tx = new Transaction(lease, TxOptions.defaults());
        try {
            current.set(tx);
            return nested(tx, block);
        } finally {
            current.remove();
            tx.runEndActions();
            lease.close();
        }
    }

    private <T, X extends Exception> T outermost(TxOptions options, Block<T, X> block) throws X {
        ConnectionLease lease = client.connectionSource().acquire();
        Transaction tx = new Transaction(lease, options);
        try {
            begin(tx);
            current.set(tx);
            T result;
            try {
                result = block.run();
            } catch (Throwable failure) {
                current.remove();
                tx.runEndActions();
                rollback(tx, failure);
                throw failure;
            }
            current.remove();
            tx.runEndActions();
            commit(tx);
            return result;
        } finally {
            current.remove();
            tx.runEndActions();
            restoreSettings(tx);
            restoreAutoCommit(tx);
            lease.close();
        }
    }

    /**
     * Runs {@code action} when the calling thread's outermost transaction ends, before it commits or
     * rolls back (row streams opened inside it are closed then).
     *
     * @return false, and nothing is registered, outside a transaction
     */
    boolean onEnd(Runnable action) {
        Transaction tx = current.get();
        if (tx == null) {
            return false;
        }
        tx.endActions.add(action);
        return true;
    }

    private <T, X extends Exception> T nested(Transaction tx, Block<T, X> block) throws X {
        String savepoint = SAVEPOINT_PREFIX + tx.nextSavepoint();
        try {
            statement(tx, "SAVEPOINT " + savepoint);
        } catch (SQLException e) {
            throw new TransactionManagementException("Could not create savepoint " + savepoint + " on connection '"
                    + client.connectionName() + "': " + client.translator().scrub(String.valueOf(e.getMessage())), e);
        }
        T result;
        try {
            result = block.run();
        } catch (Throwable failure) {
            try {
                statement(tx, "ROLLBACK TO SAVEPOINT " + savepoint);
                statement(tx, "RELEASE SAVEPOINT " + savepoint);
            } catch (SQLException e) {
                failure.addSuppressed(client.translate(e, "ROLLBACK TO SAVEPOINT " + savepoint));
            }
            throw failure;
        }
        try {
            statement(tx, "RELEASE SAVEPOINT " + savepoint);
        } catch (SQLException e) {
            throw finishFailure("release savepoint " + savepoint, e);
        }
        return result;
    }

    private void begin(Transaction tx) {
        try {
            Connection connection = tx.lease.connection();
            connection.setAutoCommit(false);
            if (tx.options.hasConnectionSettings()) {
                tx.isolationBefore = connection.getTransactionIsolation();
                tx.settingsApplied = true;
                client.beginSettings(connection, tx.options);
            }
            SqlLog.event(client.connectionName(), tx.options.hasConnectionSettings() ? "BEGIN " + tx.options : "BEGIN");
        } catch (SQLException e) {
            tx.lease.markBroken();
            if (client.translate(e, "BEGIN") instanceof DbConnectionException lost) {
                throw lost;  // the connection died: not a misuse of transactions
            }
            throw new TransactionManagementException("Could not begin a transaction on connection '"
                    + client.connectionName() + "': " + client.translator().scrub(String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * Commits. When the connection dies while committing, the server may have committed before
     * the answer was lost: that is a {@link TransactionOutcomeUnknownException}, never a failure
     * to connect (which would tell the caller that nothing happened).
     */
    private void commit(Transaction tx) {
        try {
            client.retrying(() -> tx.lease.connection().commit());
            SqlLog.event(client.connectionName(), "COMMIT");
        } catch (SQLException e) {
            if (client.isClosed() || client.translator().classify(e) == ErrorKind.CONNECTION || isClosed(tx)) {
                tx.lease.markBroken();
                throw new TransactionOutcomeUnknownException("The connection of '" + client.connectionName() + "' "
                        + (client.isClosed() ? "was closed" : "died") + " while the transaction was committing: the"
                        + " database may or may not have committed it; check before running it again ("
                        + client.translator().scrub(String.valueOf(e.getMessage())) + ")", e);
            }
            TortoiseException failure = finishFailure("commit", e);
            rollback(tx, failure);
            throw failure;
        }
    }

    private static boolean isClosed(Transaction tx) {
        try {
            return tx.lease.connection().isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    private void rollback(Transaction tx, Throwable failure) {
        try {
            tx.lease.connection().rollback();
            SqlLog.event(client.connectionName(), "ROLLBACK");
        } catch (SQLException | RuntimeException e) {
            tx.lease.markBroken();
            failure.addSuppressed(e);
        }
    }

    /** Commit-time failures: constraint and connection problems keep their kind, the rest are transaction failures. */
    private TortoiseException finishFailure(String what, SQLException e) {
        TortoiseException translated = client.translate(e, what.toUpperCase(java.util.Locale.ROOT));
        if (translated instanceof IntegrityException || translated instanceof DbConnectionException
                || translated instanceof OperationalException op && op.isRetryable()) {
            return translated;
        }
        return new TransactionManagementException("Could not " + what + " on connection '" + client.connectionName()
                + "': " + translated.getMessage(), e);
    }

    private void restoreSettings(Transaction tx) {
        if (!tx.settingsApplied) {
            return;
        }
        try {
            Connection connection = tx.lease.connection();
            if (!connection.isClosed()) {
                client.endSettings(connection, tx.options, tx.isolationBefore);
            }
        } catch (SQLException | RuntimeException e) {
            tx.lease.markBroken(); // a connection left read-only or serializable must not serve the next caller
        }
    }

    private void restoreAutoCommit(Transaction tx) {
        try {
            Connection connection = tx.lease.connection();
            if (!connection.isClosed()) {
                connection.setAutoCommit(true);
            }
        } catch (SQLException | RuntimeException e) {
            tx.lease.markBroken();
        }
    }

    private void statement(Transaction tx, String sql) throws SQLException {
        SqlLog.event(client.connectionName(), sql);
        client.retrying(() -> {
            try (Statement st = tx.lease.connection().createStatement()) {
                st.execute(sql);
            }
        });
    }

    /** One open transaction: its connection and its savepoint counter (used by its thread only). */
    private static final class Transaction {
        final ConnectionLease lease;
        final TxOptions options;
        final List<Runnable> endActions = new ArrayList<>();
        int isolationBefore;
        boolean settingsApplied;
        private int savepoints;

        Transaction(ConnectionLease lease, TxOptions options) {
            this.lease = lease;
            this.options = options;
        }

        /** Runs the end actions once, in order; each is expected not to throw. */
        void runEndActions() {
            if (endActions.isEmpty()) {
                return;
            }
            List<Runnable> actions = List.copyOf(endActions);
            endActions.clear();
            actions.forEach(Runnable::run);
        }

        int nextSavepoint() {
            return ++savepoints;
        }
    }
}
