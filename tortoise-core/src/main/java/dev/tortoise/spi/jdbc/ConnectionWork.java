package dev.tortoise.spi.jdbc;

import dev.tortoise.exceptions.DbConnectionException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs a client's database work on the right connection: the calling thread's transaction
 * connection when it has one, else one borrowed from the client's source and given back
 * afterwards. Failures come out translated, naming the statement the database refused. Blocks
 * while it waits for a connection and for as long as the work runs.
 */
final class ConnectionWork {
    private final JdbcClient client;
    private final Transactions transactions;

    ConnectionWork(JdbcClient client, Transactions transactions) {
        this.client = client;
        this.transactions = transactions;
    }

    /**
     * Runs work for a statement ({@code sql} names it in a translated error); with {@code retry}
     * through the client's {@link JdbcClient#attempt} hook, which SQLite uses to wait out a lock.
     */
    <R> R run(String sql, boolean retry, JdbcClient.SqlWork<R> work) {
        client.ensureOpen();
        Connection inTransaction = transactions.currentConnection();
        if (inTransaction != null) {
            return runOn(inTransaction, sql, retry, work);
        }
        try (ConnectionLease lease = client.connectionSource().acquire()) {
            try {
                return runOn(lease.connection(), sql, retry, work);
            } catch (DbConnectionException lost) {
                lease.markBroken();  // evicted at once: the next caller gets a live connection
                throw lost;
            }
        }
    }

    private <R> R runOn(Connection c, String sql, boolean retry, JdbcClient.SqlWork<R> work) {
        try {
            return retry ? client.attempt(() -> work.run(c)) : work.run(c);
        } catch (ScriptStatementFailure e) {
            throw client.translate(e.failure(), e.statement());
        } catch (SQLException e) {
            throw client.translate(e, sql);
        }
    }
}
