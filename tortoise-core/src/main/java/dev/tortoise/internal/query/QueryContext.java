package dev.tortoise.internal.query;

import dev.tortoise.internal.meta.ModelMeta;
import dev.tortoise.internal.runtime.ConnectionRuntime;
import dev.tortoise.internal.runtime.TortoiseRuntime;
import dev.tortoise.spi.DbClient;
import dev.tortoise.spi.Platform;
import dev.tortoise.spi.SqlDialect;
import dev.tortoise.spi.ValueCodec;

/**
 * Where one statement about one model runs: the open instance that owns the model, the model's
 * metadata, the connection chosen by {@code usingDb} or the routers, and that connection's client,
 * platform, SQL dialect and codec. Cheap to make; made per statement so routing and closing are
 * always current.
 */
final class QueryContext {
    final TortoiseRuntime runtime;
    final ModelMeta meta;
    final ConnectionRuntime connection;
    final DbClient client;
    final Platform platform;
    final SqlDialect sql;
    final ValueCodec codec;

    private QueryContext(TortoiseRuntime runtime, ModelMeta meta, ConnectionRuntime connection) {
        this(runtime, meta, connection, connection.client());
    }

    private QueryContext(TortoiseRuntime runtime, ModelMeta meta, ConnectionRuntime connection, DbClient client) {
        this.runtime = runtime;
        this.meta = meta;
        this.connection = connection;
        this.client = client;
        this.platform = connection.platform();
        this.sql = platform.sql();
        this.codec = connection.codec();
    }

    /** The context of another model's query inside this one (a subquery): the same connection and client. */
    QueryContext sibling(Class<?> model) {
        return new QueryContext(runtime, runtime.meta(model), connection, client);
    }

    /**
     * The context that reads a model.
     *
     * @throws dev.tortoise.exceptions.ConfigurationException when the model is not part of an open
     *         instance, or {@code usingDb} names no configured connection
     */
    static QueryContext read(Class<?> model, String usingDb) {
        TortoiseRuntime runtime = TortoiseRuntime.of(model);
        ModelMeta meta = runtime.meta(model);
        if (usingDb != null) {
            return new QueryContext(runtime, meta, runtime.connection(usingDb));
        }
        ConnectionRuntime connection = runtime.readConnection(meta);
        return new QueryContext(runtime, meta, connection,
                runtime.routed() ? new FailoverReads(runtime, meta, connection.client()) : connection.client());
    }

    /** The context that writes a model (see {@link #read}). */
    static QueryContext write(Class<?> model, String usingDb) {
        TortoiseRuntime runtime = TortoiseRuntime.of(model);
        ModelMeta meta = runtime.meta(model);
        return new QueryContext(runtime, meta, usingDb != null ? runtime.connection(usingDb) : runtime.writeConnection(meta));
    }
}
