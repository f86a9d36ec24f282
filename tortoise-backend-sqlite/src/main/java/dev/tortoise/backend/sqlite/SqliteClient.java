package dev.tortoise.backend.sqlite;

import dev.tortoise.TxOptions;
import dev.tortoise.exceptions.OperationalException;
import dev.tortoise.spi.ErrorKind;
import dev.tortoise.spi.jdbc.ConnectionSource;
import dev.tortoise.spi.jdbc.DataSourceConnectionSource;
import dev.tortoise.spi.jdbc.JdbcClient;
import dev.tortoise.spi.jdbc.SqlErrorTranslator;
import dev.tortoise.spi.jdbc.SqlScript;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;

/**
 * A SQLite database behind one connection. What differs from the other backends: PRAGMAs and
 * the query layer's SQL functions ({@link SqliteFunctions}) on connect, generated keys from
 * {@code last_insert_rowid()}, and statements retried with back-off while another connection
 * (another client or process) holds the file's lock. The retry sleeps in
 * Java, so a waiting virtual thread unmounts instead of spinning in SQLite's native busy handler.
 */
final class SqliteClient extends JdbcClient {

    private static final Duration WAIT_FOR_CONNECTION = Duration.ofSeconds(30);
    private static final long FIRST_PAUSE_NANOS = Duration.ofMillis(1).toNanos();
    private static final long LONGEST_PAUSE_NANOS = Duration.ofMillis(50).toNanos();

    /** A trigger body holds semicolons: its statement ends at the semicolon after its END. */
    private static final SqlScript.Syntax TRIGGER_BODIES = new SqlScript.Syntax(false, true);

    private final SqliteSettings settings;

    SqliteClient(SqliteSettings settings) {
        this(settings, new SqlErrorTranslator(settings.alias(), settings.target(), new SqliteErrorCodes(), List.of()));
    }

    private SqliteClient(SqliteSettings settings, SqlErrorTranslator translator) {
        this(settings, new SingleConnectionSource(settings, () -> open(settings, translator), translator,
                WAIT_FOR_CONNECTION), translator);
    }

    private SqliteClient(SqliteSettings settings, ConnectionSource source, SqlErrorTranslator translator) {
        super(settings.alias(), "sqlite", source, translator);
        this.settings = settings;
        SqliteDriver.warm();
    }

    /**
     * A client on connections of the caller's data source: each physical connection gets
     * {@code foreign_keys=ON} and the query layer's functions the first time it is lent; the rest
     * of its settings (journal mode, busy timeout) are the data source's.
     */
    static SqliteClient onDataSource(String alias, DataSource dataSource) {
        SqliteSettings settings = new SqliteSettings(alias, null, Map.of("foreign_keys", "ON"),
                Duration.ofMillis(SqliteKeys.BUSY_TIMEOUT.defaultValue()));
        SqlErrorTranslator translator = new SqlErrorTranslator(alias, "SQLite through " + dataSource.getClass().getName(),
                new SqliteErrorCodes(), List.of());
        DataSourceConnectionSource source = new DataSourceConnectionSource(alias, dataSource, translator, connection -> {
            try (Statement st = connection.createStatement()) {
                st.execute("PRAGMA foreign_keys=ON");
            }
            SqliteFunctions.register(connection.unwrap(org.sqlite.SQLiteConnection.class));
        });
        return new SqliteClient(settings, source, translator);
    }

    /** {@code readValue} is JDBC's {@code getObject} here: the column types are never needed. */
    @Override
    protected boolean readsColumnTypes() {
        return false;
    }

    @Override
    protected SqlScript.Syntax scriptSyntax() {
        return TRIGGER_BODIES;
    }

    @Override
    protected Object insertReturningKey(Connection c, String sql, Object[] params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            if (ps.executeUpdate() == 0) {
                return null;
            }
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT last_insert_rowid()")) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    /**
     * SQLite's transactions are always serializable, which meets every level asked for; read-only
     * is {@code PRAGMA query_only} (the driver can set read-only only before it connects).
     */
    @Override
    protected void beginSettings(Connection connection, TxOptions options) throws SQLException {
        if (options.isReadOnly()) {
            try (Statement st = connection.createStatement()) {
                st.execute("PRAGMA query_only = ON");
            }
        }
    }

    @Override
    protected void endSettings(Connection connection, TxOptions options, int isolationBefore) throws SQLException {
        if (options.isReadOnly()) {
            try (Statement st = connection.createStatement()) {
                st.execute("PRAGMA query_only = OFF");
            }
        }
    }

    @Override
    protected <R> R attempt(SqlAttempt<R> work) throws SQLException {
        return retryWhileBusy(settings, translator(), work);
    }

    private static <R> R retryWhileBusy(SqliteSettings settings, SqlErrorTranslator translator, SqlAttempt<R> work)
            throws SQLException {
        long deadline = System.nanoTime() + settings.busyBudget().toNanos();
        long pause = FIRST_PAUSE_NANOS;
        while (true) {
            try {
                return work.run();
            } catch (SQLException e) {
                if (translator.classify(e) != ErrorKind.BUSY || System.nanoTime() + pause > deadline) {
                    throw e;
                }
                LockSupport.parkNanos(pause);
                if (Thread.interrupted()) {
                    Thread.currentThread().interrupt();
                    throw new OperationalException("Interrupted while waiting for the SQLite lock of '"
                            + settings.alias() + "'", e);
                }
                pause = Math.min(pause * 2, LONGEST_PAUSE_NANOS);
            }
        }
    }

    private static Connection open(SqliteSettings settings, SqlErrorTranslator translator) throws SQLException {
        Connection connection = SqliteDriver.open(settings);
        try {
            for (Map.Entry<String, String> pragma : settings.pragmas().entrySet()) {
                String sql = "PRAGMA " + pragma.getKey() + "=" + pragma.getValue();
                retryWhileBusy(settings, translator, () -> {
                    try (Statement st = connection.createStatement()) {
                        st.execute(sql);
                    }
                    return null;
                });
            }
            SqliteFunctions.register(connection);
            return connection;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }
}
