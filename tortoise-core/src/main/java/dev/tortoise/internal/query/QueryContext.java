package dev.tortoise.internal.query;

import dev.tortoise.internal.meta.ModelMeta;
import dev.tortoise.internal.runtime.TortoiseRuntime;
import dev.tortoise.spi.DbClient;
import dev.tortoise.spi.ValueCodec;

/**
 * Where one statement about one model runs: the open instance that owns the model, the model's
 * metadata, the client chosen by {@code usingDb} or the routers, and that connection's codec and
 * dialect. Cheap to make; made per statement so routing and closing are always current.
 */
final class QueryContext {
    final TortoiseRuntime runtime;
    final ModelMeta meta;
    final DbClient client;
    final ValueCodec codec;
    final Dialect dialect;

    private QueryContext(TortoiseRuntime runtime, ModelMeta meta, DbClient client) {
        this.runtime = runtime;
        this.meta = meta;
        this.client = client;
        this.codec = runtime.codec(client.connectionName());
        this.dialect = Dialect.of(client.dialect());
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
        return new QueryContext(runtime, meta, usingDb != null ? runtime.client(usingDb) : runtime.readClient(meta));
    }

    /** The context that writes a model (see {@link #read}). */
    static QueryContext write(Class<?> model, String usingDb) {
        TortoiseRuntime runtime = TortoiseRuntime.of(model);
        ModelMeta meta = runtime.meta(model);
        return new QueryContext(runtime, meta, usingDb != null ? runtime.client(usingDb) : runtime.writeClient(meta));
    }
}
