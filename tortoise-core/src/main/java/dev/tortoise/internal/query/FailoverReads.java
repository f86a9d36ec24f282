package dev.tortoise.internal.query;

import dev.tortoise.Block;
import dev.tortoise.StatementListener;
import dev.tortoise.TxOptions;
import dev.tortoise.exceptions.DbConnectionException;
import dev.tortoise.internal.meta.ModelMeta;
import dev.tortoise.internal.runtime.ConnectionRuntime;
import dev.tortoise.internal.runtime.TortoiseRuntime;
import dev.tortoise.spi.DbClient;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client of a routed read: the routed connection's client, except that a query which fails
 * with {@link DbConnectionException} outside a transaction runs once more on the connection the
 * routers' {@link dev.tortoise.Router#dbForReadFallback} names (failover). Everything else is the
 * routed client's.
 */
final class FailoverReads implements DbClient {
    private static final Logger LOG = LoggerFactory.getLogger("dev.tortoise.router");

    private final TortoiseRuntime runtime;
    private final ModelMeta meta;
    private final DbClient routed;

    FailoverReads(TortoiseRuntime runtime, ModelMeta meta, DbClient routed) {
        this.runtime = runtime;
        this.meta = meta;
        this.routed = routed;
    }

    @Override
    public List<Map<String, Object>> executeQueryDict(String sql, Object... params) {
        try {
            return routed.executeQueryDict(sql, params);
        } catch (DbConnectionException e) {
            DbClient other = fallback(e);
            try {
                return other.executeQueryDict(sql, params);
            } catch (RuntimeException again) {
                again.addSuppressed(e);
                throw again;
            }
        }
    }

    @Override
    public Stream<Map<String, Object>> streamQueryDict(String sql, Object... params) {
        try {
            return routed.streamQueryDict(sql, params);
        } catch (DbConnectionException e) {
            DbClient other = fallback(e);
            try {
                return other.streamQueryDict(sql, params);
            } catch (RuntimeException again) {
                again.addSuppressed(e);
                throw again;
            }
        }
    }

    /** The client the routers send the failed read to; rethrows the failure when there is none. */
    private DbClient fallback(DbConnectionException failure) {
        if (routed.isInTransaction()) {
            throw failure; // a transaction's reads never change connection
        }
        ConnectionRuntime target = runtime.readFallback(meta, routed.connectionName(), failure);
        if (target == null) {
            throw failure;
        }
        DbClient other = target.client();
        if (!other.dialect().equals(routed.dialect())) {
            LOG.warn("Read of {} on '{}' failed and the routers named '{}' instead, but that connection is {}"
                            + " and the query was written for {}: not retried", meta.modelClass().getSimpleName(),
                    routed.connectionName(), other.connectionName(), other.dialect(), routed.dialect());
            throw failure;
        }
        LOG.warn("Read of {} on '{}' failed ({}); the routers send it to '{}'", meta.modelClass().getSimpleName(),
                routed.connectionName(), failure.getMessage(), other.connectionName());
        return other;
    }

    @Override
    public String connectionName() {
        return routed.connectionName();
    }

    @Override
    public String dialect() {
        return routed.dialect();
    }

    @Override
    public int executeUpdate(String sql, Object... params) {
        return routed.executeUpdate(sql, params);
    }

    @Override
    public Object executeInsert(String sql, Object... params) {
        return routed.executeInsert(sql, params);
    }

    @Override
    public void executeMany(String sql, List<Object[]> rows) {
        routed.executeMany(sql, rows);
    }

    @Override
    public void executeScript(String sql) {
        routed.executeScript(sql);
    }

    @Override
    public void executeStatements(List<String> statements) {
        routed.executeStatements(statements);
    }

    @Override
    public <T, X extends Exception> T inTransaction(Block<T, X> block) throws X {
        return routed.inTransaction(block);
    }

    @Override
    public <T, X extends Exception> T inTransaction(TxOptions options, Block<T, X> block) throws X {
        return routed.inTransaction(options, block);
    }

    @Override
    public boolean isInTransaction() {
        return routed.isInTransaction();
    }

    @Override
    public boolean observe(StatementListener listener) {
        return routed.observe(listener);
    }

    @Override
    public void ping() {
        routed.ping();
    }

    @Override
    public void close() {
        routed.close(); // never called on a query's client; delegated for completeness
    }

    @Override
    public boolean isClosed() {
        return routed.isClosed();
    }
}
