package dev.tortoise.spi.jdbc;

import dev.tortoise.Block;
import dev.tortoise.StatementEvent;
import dev.tortoise.StatementListener;
import dev.tortoise.TxOptions;
import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.exceptions.DbConnectionException;
import dev.tortoise.exceptions.OperationalException;
import dev.tortoise.exceptions.TortoiseException;
import dev.tortoise.spi.DbClient;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * What every JDBC backend's client shares: statements with bound values, rows as ordered maps,
 * error translation, SQL logging, and transactions bound to the calling thread.
 *
 * <p>A backend extends it with only what differs for its database, through the protected hooks:
 * how values are bound and read, how an insert reports its key, and whether a failed attempt is
 * retried. Every method blocks until the database answers; none holds a monitor meanwhile.
 *
 * <p>This class is the front; the work is done by package-private helpers: {@link StatementWork}
 * (the JDBC calls of each statement kind), {@link ConnectionWork} (which connection, retry,
 * translation), {@link Transactions} and {@link RowStream}.
 */
public abstract class JdbcClient implements DbClient {

    private final String connectionName;
    private final String dialect;
    private final ConnectionSource source;
    private final SqlErrorTranslator translator;
    @SuppressWarnings("this-escape") // Transactions only keeps the reference; it calls back after construction
    private final Transactions transactions = new Transactions(this);
    @SuppressWarnings("this-escape") // ConnectionWork only keeps the reference; it calls back after construction
    private final ConnectionWork connectionWork = new ConnectionWork(this, transactions);
    private final StatementObservers observers = new StatementObservers();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicInteger openStreams = new AtomicInteger();

    /** Work to do on a connection. */
    @FunctionalInterface
    protected interface SqlWork<R> {
        R run(Connection connection) throws SQLException;
    }

    /** One attempt of something that may be retried. */
    @FunctionalInterface
    protected interface SqlAttempt<R> {
        R run() throws SQLException;
    }

    /** A step without a result, for {@link #retrying}. */
    @FunctionalInterface
    interface SqlStep {
        void run() throws SQLException;
    }

    protected JdbcClient(String connectionName, String dialect, ConnectionSource source, SqlErrorTranslator translator) {
        this.connectionName = Objects.requireNonNull(connectionName, "connectionName");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.source = Objects.requireNonNull(source, "source");
        this.translator = Objects.requireNonNull(translator, "translator");
    }

    @Override
    public final String connectionName() {
        return connectionName;
    }

    @Override
    public final String dialect() {
        return dialect;
    }

    /** Where connections come from; {@code connectionSource().isStarted()} tells whether any was opened. */
    public final ConnectionSource connectionSource() {
        return source;
    }

    /**
     * How many {@link #streamQueryDict} streams are open right now: started and neither read to
     * their end nor closed (nor ended with their transaction). Zero when every stream was consumed or
     * closed; what leak checks in tests compare. Never blocks.
     */
    public final int openStreams() {
        return openStreams.get();
    }

    /** Counts a stream that opened ({@code +1}) or ended ({@code -1}); see {@link #openStreams()}. */
    final void streamOpened(int delta) {
        openStreams.addAndGet(delta);
    }

    /** Reports every statement from now on to {@code listener}; see {@link StatementListener}. */
    @Override
    public final boolean observe(StatementListener listener) {
        observers.add(java.util.Objects.requireNonNull(listener, "listener"));
        return true;
    }

    private static int count(Object[] params) {
        return params == null ? 0 : params.length;
    }

    /** The translator of this client's errors. */
    public final SqlErrorTranslator translator() {
        return translator;
    }

    @Override
    public List<Map<String, Object>> executeQueryDict(String sql, Object... params) {
        SqlLog.statement(connectionName, sql, params);
        return observers.run(connectionName, StatementEvent.Kind.QUERY, sql, count(params),
                () -> withConnection(sql, c -> StatementWork.rows(this, c, sql, params)), List::size);
    }

    @Override
    public int executeUpdate(String sql, Object... params) {
        SqlLog.statement(connectionName, sql, params);
        return observers.run(connectionName, StatementEvent.Kind.UPDATE, sql, count(params),
                () -> withConnection(sql, c -> StatementWork.updateCount(this, c, sql, params)), Integer::longValue);
    }

    @Override
    public Object executeInsert(String sql, Object... params) {
        SqlLog.statement(connectionName, sql, params);
        boolean returning = StatementWork.returnsRows(sql);
        return observers.run(connectionName, StatementEvent.Kind.INSERT, sql, count(params),
                () -> withConnection(sql, c -> StatementWork.insert(this, c, sql, params, returning)), key -> 1);
    }

    @Override
    public void executeMany(String sql, List<Object[]> rows) {
        ensureOpen();
        if (rows.isEmpty()) {
            return;
        }
        SqlLog.batch(connectionName, sql, rows);
        observers.run(connectionName, StatementEvent.Kind.BATCH, sql, rows.get(0).length, () -> withConnection(sql, c -> {
            StatementWork.batch(this, c, sql, rows);
            return null;
        }), none -> rows.size());
    }

    @Override
    public void executeScript(String sql) {
        ensureOpen();
        List<String> statements = SqlScript.split(sql, scriptSyntax());
        if (statements.isEmpty()) {
            return;
        }
        executeStatements(statements);
    }

    /**
     * Runs statements without bound values, in order, on one JDBC {@link Statement} of one
     * connection (the calling thread's transaction connection when it has one): no statement is
     * prepared on its own, which is what makes a long DDL script as cheap as plain JDBC. Each is
     * logged and retried on its own (retrying all would run again what already succeeded). Blocks.
     *
     * @throws dev.tortoise.exceptions.TortoiseException translated, naming the first statement the
     *         database refused; the statements after it do not run
     */
    @Override
    public void executeStatements(List<String> statements) {
        ensureOpen();
        if (statements.isEmpty()) {
            return;
        }
        java.util.function.Supplier<Object> work = () -> connectionWork.run(null, false, c -> {
            StatementWork.plain(this, c, statements);
            return null;
        });
        if (observers.none()) {
            work.get(); // the script's text is joined only for a listener
        } else {
            observers.run(connectionName, StatementEvent.Kind.SCRIPT, String.join(";\n", statements), 0, work,
                    none -> statements.size());
        }
    }

    /**
     * Runs a query and returns its rows lazily: they are read from the database while the stream
     * is consumed (the driver fetches {@value RowStream#FETCH_SIZE} rows per round trip where it
     * can), so a large result is never held in memory at once.
     *
     * <p>The stream holds a connection until its last row has been read or it is closed: inside
     * the calling thread's transaction it reads on that transaction's connection, and ends with
     * the transaction (reading it later fails with an {@code OperationalException}); otherwise it
     * borrows a connection of its own, which counts against the pool (on SQLite, the database's
     * only connection: other threads wait until the stream ends). Close it with
     * try-with-resources, on the thread that opened it. Blocks while it waits for a connection and
     * whenever the next batch of rows is fetched.
     *
     * @throws dev.tortoise.exceptions.TortoiseException translated, like {@link #executeQueryDict},
     *         when the query fails to start or a row fails to read (the connection is then released)
     */
    @Override
    public final Stream<Map<String, Object>> streamQueryDict(String sql, Object... params) {
        ensureOpen();
        SqlLog.statement(connectionName, sql, params);
        return observers.run(connectionName, StatementEvent.Kind.STREAM, sql, count(params), () -> {
            Connection inTransaction = transactions.currentConnection();
            if (inTransaction != null) {
                return RowStream.openInTransaction(this, inTransaction, transactions, sql, params);
            }
            return RowStream.open(this, source.acquire(), sql, params, streamsOnlyInTransactions());
        }, stream -> -1);
    }

    /** How {@link #executeScript} splits a script into statements. Default: standard SQL. */
    protected SqlScript.Syntax scriptSyntax() {
        return SqlScript.Syntax.STANDARD;
    }

    /**
     * Whether the driver streams a result set only outside auto-commit mode (pgjdbc reads every row
     * at once otherwise). A {@link #streamQueryDict} stream then reads its borrowed connection in a
     * read transaction of its own, rolled back when the stream ends. Default: no.
     */
    protected boolean streamsOnlyInTransactions() {
        return false;
    }

    @Override
    public void ping() {
        boolean valid = withConnection("ping", c -> c.isValid(10));
        if (!valid) {
            throw new DbConnectionException("Connection '" + connectionName + "' did not answer a ping");
        }
    }

    @Override
    public <T, X extends Exception> T inTransaction(Block<T, X> block) throws X {
        ensureOpen();
        return transactions.run(TxOptions.defaults(), block);
    }

    /**
     * Runs the block in a transaction with isolation, read-only and propagation as the options say
     * (their retries are the caller's). Isolation and read-only are set through
     * {@link #beginSettings} on a transaction this client begins and undone by {@link #endSettings}.
     *
     * @throws dev.tortoise.exceptions.TransactionManagementException for {@code REQUIRES_NEW} on a
     *         source of one connection or inside an outer manager's transaction
     */
    @Override
    public <T, X extends Exception> T inTransaction(TxOptions options, Block<T, X> block) throws X {
        ensureOpen();
        return transactions.run(options, block);
    }

    /**
     * Sets isolation and read-only on a connection whose transaction begins now (auto-commit is
     * already off, no statement has run). Default: JDBC's {@code setTransactionIsolation} and
     * {@code setReadOnly}; a backend overrides what its driver does differently.
     */
    protected void beginSettings(Connection connection, TxOptions options) throws SQLException {
        if (options.isolation().isPresent()) {
            connection.setTransactionIsolation(jdbcLevel(options.isolation().get()));
        }
        if (options.isReadOnly()) {
            connection.setReadOnly(true);
        }
    }

    /**
     * Undoes {@link #beginSettings} after the transaction ended, so that the connection serves the
     * next caller as it was. A failure discards the connection.
     *
     * @param isolationBefore the connection's isolation level before the transaction (a JDBC constant)
     */
    protected void endSettings(Connection connection, TxOptions options, int isolationBefore) throws SQLException {
        if (options.isReadOnly()) {
            connection.setReadOnly(false);
        }
        if (options.isolation().isPresent()) {
            connection.setTransactionIsolation(isolationBefore);
        }
    }

    /** The JDBC constant of an isolation level. */
    protected static int jdbcLevel(TxOptions.Isolation isolation) {
        return switch (isolation) {
            case READ_COMMITTED -> Connection.TRANSACTION_READ_COMMITTED;
            case REPEATABLE_READ -> Connection.TRANSACTION_REPEATABLE_READ;
            case SERIALIZABLE -> Connection.TRANSACTION_SERIALIZABLE;
        };
    }

    @Override
    public boolean isInTransaction() {
        return transactions.active();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            source.close();
        }
    }

    @Override
    public boolean isClosed() {
        return closed.get();
    }

    /**
     * Runs work on the calling thread's transaction connection, or on a borrowed one that is given
     * back afterwards; failures come out translated.
     */
    protected final <R> R withConnection(String sql, SqlWork<R> work) {
        return connectionWork.run(sql, true, work);
    }

    /**
     * The Tortoise exception for a statement that failed: the translator's, except that a
     * statement cut off because this client was closed meanwhile says so (its connection was closed
     * under it; it did not fail to connect).
     */
    final TortoiseException translate(SQLException e, String sql) {
        if (closed.get()) {
            return new OperationalException("Statement aborted: connection '" + connectionName + "' was closed"
                    + " (Tortoise.close() or DbClient.close()) while it ran", e);
        }
        return translator.translate(e, sql);
    }

    /** Binds values in order. Override to adapt Java types the driver does not know. */
    protected void bindValue(PreparedStatement ps, int index, Object value) throws SQLException {
        ps.setObject(index, value);
    }

    /**
     * Whether {@link #readValue} looks at its {@code jdbcType} argument. A backend whose
     * {@code readValue} ignores it returns false, and the driver is not asked for column types
     * (sqlite-jdbc answers that question by matching each column's declared type, a fifth of a
     * primary-key lookup); {@code readValue} then gets {@link java.sql.Types#OTHER}. Default true.
     */
    protected boolean readsColumnTypes() {
        return true;
    }

    /** Reads one column. Override to adapt driver types. */
    protected Object readValue(ResultSet rs, int column, int jdbcType) throws SQLException {
        return rs.getObject(column);
    }

    /** Runs an INSERT without RETURNING and gives the generated key; default: JDBC's generated keys. */
    protected Object insertReturningKey(Connection c, String sql, Object[] params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, params);
            if (ps.executeUpdate() == 0) {
                return null;
            }
            try (ResultSet keys = ps.getGeneratedKeys()) {
                return keys.next() ? keys.getObject(1) : null;
            }
        }
    }

    /** One attempt of database work; SQLite overrides this to retry while the file is locked. */
    protected <R> R attempt(SqlAttempt<R> work) throws SQLException {
        return work.run();
    }

    /** Binds parameters with {@link #bindValue}. */
    protected final void bind(PreparedStatement ps, Object[] params) throws SQLException {
        if (params == null) {
            return;
        }
        for (int i = 0; i < params.length; i++) {
            bindValue(ps, i + 1, params[i]);
        }
    }

    final void retrying(SqlStep step) throws SQLException {
        attempt(() -> {
            step.run();
            return null;
        });
    }

    void ensureOpen() {
        if (closed.get()) {
            throw new ConfigurationException("connection '" + connectionName + "' is closed");
        }
    }
}
