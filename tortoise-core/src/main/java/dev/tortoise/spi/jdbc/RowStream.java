package dev.tortoise.spi.jdbc;

import dev.tortoise.exceptions.OperationalException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The rows of one query, read from an open result set as a {@link Stream} is consumed (see
 * {@link JdbcClient#streamQueryDict}). It owns the statement, the result set and, outside a
 * transaction, the borrowed connection; all are released exactly once: when the last row has been
 * read, when reading fails, when the stream is closed, or (for a stream opened inside a
 * transaction) when the transaction ends, whichever comes first.
 */
final class RowStream {

    /** Rows per round trip where the driver fetches in batches (PostgreSQL, MariaDB). */
    static final int FETCH_SIZE = 256;

    private final JdbcClient client;
    private final Connection connection;
    private final ConnectionLease lease;
    private final String sql;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean endedWithTransaction;
    private boolean ownReadTransaction;
    private PreparedStatement statement;
    private ResultSet rows;
    private String[] labels;
    private int[] types;

    private RowStream(JdbcClient client, Connection connection, ConnectionLease lease, String sql) {
        this.client = client;
        this.connection = connection;
        this.lease = lease;
        this.sql = sql;
        client.streamOpened(1);
    }

    /**
     * Runs the query on a connection borrowed for this stream alone, given back when it ends, and
     * returns the stream of its rows.
     *
     * @param needsTransaction whether the driver streams only outside auto-commit (pgjdbc)
     * @throws dev.tortoise.exceptions.TortoiseException the translated failure; nothing stays held
     */
    static Stream<Map<String, Object>> open(JdbcClient client, ConnectionLease lease, String sql, Object[] params,
                                            boolean needsTransaction) {
        return open(new RowStream(client, lease.connection(), lease, sql), params, needsTransaction);
    }

    /**
     * Runs the query on the calling thread's transaction connection and returns the stream of its
     * rows. The stream ends with the transaction: reading it afterwards fails.
     */
    static Stream<Map<String, Object>> openInTransaction(JdbcClient client, Connection connection,
                                                         Transactions transactions, String sql, Object[] params) {
        RowStream stream = new RowStream(client, connection, null, sql);
        transactions.onEnd(stream::endWithTransaction);
        return open(stream, params, false);
    }

    private static Stream<Map<String, Object>> open(RowStream stream, Object[] params, boolean needsTransaction) {
        JdbcClient client = stream.client;
        String sql = stream.sql;
        try {
            stream.start(params, needsTransaction);
        } catch (SQLException e) {
            RuntimeException failure = client.translate(e, sql);
            stream.close();
            throw failure;
        } catch (RuntimeException | Error e) {
            stream.close();
            throw e;
        }
        Spliterator<Map<String, Object>> rows = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            @Override
            public boolean tryAdvance(Consumer<? super Map<String, Object>> action) {
                Map<String, Object> row = stream.next();
                if (row == null) {
                    return false;
                }
                action.accept(row);
                return true;
            }
        };
        return StreamSupport.stream(rows, false).onClose(stream::close);
    }

    private void start(Object[] params, boolean needsTransaction) throws SQLException {
        if (lease != null && needsTransaction && connection.getAutoCommit()) {
            // A read transaction of the stream's own on its own connection: rolled back at the end.
            connection.setAutoCommit(false);
            ownReadTransaction = true;
        }
        statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        statement.setFetchSize(FETCH_SIZE);
        client.bind(statement, params);
        rows = client.attempt(statement::executeQuery);
        ResultSetMetaData meta = rows.getMetaData();
        int count = meta.getColumnCount();
        labels = new String[count];
        types = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = meta.getColumnLabel(i + 1);
            types[i] = client.readsColumnTypes() ? meta.getColumnType(i + 1) : java.sql.Types.OTHER;
        }
    }

    /**
     * The next row, or null (and everything released) after the last one.
     *
     * @throws OperationalException when the transaction the stream was opened in has ended
     */
    private Map<String, Object> next() {
        if (closed.get()) {
            if (endedWithTransaction) {
                throw new OperationalException("A stream opened inside a transaction on connection '"
                        + client.connectionName() + "' was read after the transaction ended: read (or close) it"
                        + " inside the transaction's block");
            }
            return null;
        }
        try {
            if (!rows.next()) {
                close();
                return null;
            }
            Map<String, Object> row = LinkedHashMap.newLinkedHashMap(labels.length);
            for (int i = 0; i < labels.length; i++) {
                row.put(labels[i], client.readValue(rows, i + 1, types[i]));
            }
            return row;
        } catch (SQLException e) {
            RuntimeException failure = client.translate(e, sql);
            close();
            throw failure;
        }
    }

    /** Closes the stream because its transaction ends (before the commit or rollback). */
    private void endWithTransaction() {
        if (!closed.get()) {
            endedWithTransaction = true;
            close();
        }
    }

    /** Releases the result set, the statement and a borrowed connection; idempotent, never throws. */
    void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        client.streamOpened(-1);
        try {
            closeQuietly(rows);
            closeQuietly(statement);
            if (ownReadTransaction) {
                try {
                    connection.rollback();
                    connection.setAutoCommit(true);
                } catch (SQLException | RuntimeException e) {
                    lease.markBroken();
                }
            }
        } finally {
            if (lease != null) {
                lease.close();
            }
        }
    }

    private void closeQuietly(AutoCloseable resource) {
        if (resource == null) {
            return;
        }
        try {
            resource.close();
        } catch (Exception e) {
            // The connection goes back (or is evicted) regardless; a result set that would not close
            // is not worth a failure of the caller's stream.
            SqlLog.event(client.connectionName(), "closing a row stream: " + e.getMessage());
            if (lease != null) {
                lease.markBroken();
            }
        }
    }
}
