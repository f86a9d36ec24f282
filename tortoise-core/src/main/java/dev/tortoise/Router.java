package dev.tortoise;

/**
 * Chooses the connection a model's reads and writes go to, as upstream's database routers do.
 *
 * <p>Configured routers are asked in order; the first non-null answer wins, and when every router
 * answers null the model's app connection is used. An answer must be a configured connection alias.
 * Implementations are called from any thread, concurrently, so they must be thread-safe, and they
 * should answer from memory: they are asked on every query. A router named by class name in a
 * configuration needs a public no-argument constructor.
 */
public interface Router {

    /** The connection alias reads of this model use, or null for no answer. */
    default String dbForRead(Class<? extends Model> model) {
        return null;
    }

    /** The connection alias writes of this model use, or null for no answer. */
    default String dbForWrite(Class<? extends Model> model) {
        return null;
    }
}
