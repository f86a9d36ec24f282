package dev.tortoise.internal.runtime;

import dev.tortoise.internal.meta.ModelMeta;
import dev.tortoise.spi.DbClient;
import dev.tortoise.spi.Platform;
import dev.tortoise.spi.ServerFeatures;
import dev.tortoise.spi.ValueCodec;
import dev.tortoise.internal.types.ConvertingCodec;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What one connection alias of an open instance has, resolved once: its client, its platform,
 * the server's features (asked on first need) and the statements planned per model (made on
 * first write). Thread-safe.
 */
public final class ConnectionRuntime {
    private final String alias;
    private final DbClient client;
    private final Platform platform;
    private final ValueCodec codec;
    private final Map<ModelMeta, Object> plans = new ConcurrentHashMap<>();
    private volatile ServerFeatures features;

    private ConnectionRuntime(String alias, DbClient client, Platform platform) {
        this.alias = alias;
        this.client = client;
        this.platform = platform;
        this.codec = new ConvertingCodec(platform.codec());
    }

    /** The state of one alias: its client and its platform. */
    public static ConnectionRuntime of(String alias, DbClient client, Platform platform) {
        return new ConnectionRuntime(alias, client, platform);
    }

    /** The connection alias. */
    public String alias() {
        return alias;
    }

    /** The client of the alias. */
    public DbClient client() {
        return client;
    }

    /** The platform's codec with {@code @ConvertedField} converters in front: what every statement converts with. */
    public ValueCodec codec() {
        return codec;
    }

    /** The platform of the alias. */
    public Platform platform() {
        return platform;
    }

    /**
     * The features of the server behind the alias, asked of the platform on the first call (which
     * may block on the database) and kept.
     */
    public ServerFeatures features() {
        ServerFeatures known = features;
        if (known == null) {
            known = platform.features(client);
            features = known; // two first callers ask twice and agree: harmless
        }
        return known;
    }

    /**
     * The statement plan of a model on this connection, made by {@code planner} on the first call
     * and kept. The query layer keeps one kind of plan per model, so the cast is safe.
     */
    @SuppressWarnings("unchecked")
    public <P> P plan(ModelMeta model, Function<ModelMeta, P> planner) {
        return (P) plans.computeIfAbsent(model, planner);
    }
}
