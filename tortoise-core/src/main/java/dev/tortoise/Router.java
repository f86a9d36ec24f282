package dev.tortoise;

/**
 * Chooses the connection a model's reads and writes go to, as upstream's database routers do.
 *
 * <p>Configured routers are asked in order; the first non-null answer wins, and when every router
 * answers null the model's app connection is used. An answer must be a configured connection alias.
 * Implementations are called from any thread, concurrently, so they must be thread-safe, and they
 * should answer from memory: they are asked on every query. A router named by class name in a
 * configuration needs a public no-argument constructor.
 *
 * <p>Read-your-writes: while the calling thread has a transaction open on the connection a model's
 * writes go to, reads of that model go there too (into the transaction), whatever
 * {@link #dbForRead} answers; so a block in {@code Tortoise.inTransaction} sees its own writes even
 * when reads are routed to an asynchronous replica. Outside a transaction a read routed to a
 * replica may not see a write that the primary has just committed (replication lag).
 * {@code QuerySet.usingDb} bypasses routers, this rule and {@link #dbForReadFallback} alike.
 *
 * <pre>{@code
 * public final class ReplicaRouter implements Router {
 *     public String dbForRead(Class<? extends Model> model) { return "replica"; }
 *     public String dbForWrite(Class<? extends Model> model) { return "primary"; }
 *     public String dbForReadFallback(Class<? extends Model> model, String failed, DbConnectionException e) {
 *         return "primary";              // the replica is down: read from the primary meanwhile
 *     }
 * }
 * }</pre>
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

    /**
     * Where a read of this model goes after the connection it was routed to could not be reached
     * (failover), or null (the default) to let the failure come out.
     *
     * <p>Asked when a read that the routers sent to {@code failedConnection} (not one chosen with
     * {@code usingDb}, and not one inside a transaction on that connection) fails with a
     * {@link dev.tortoise.exceptions.DbConnectionException} before any row reached the caller:
     * the server is down or unreachable, or the pooled connection was lost. Routers are asked in
     * order; the first answer that names another configured connection of the same dialect wins,
     * and the read runs there once (no further fallback; a failure there comes out, with the first
     * one attached as suppressed). Only reads are retried: a SELECT has no effect to repeat. Each
     * read asks {@link #dbForRead} again first, so reads return to the replica as soon as it
     * answers again. Logged at WARN on {@code dev.tortoise.router}.
     *
     * @param model            the model being read
     * @param failedConnection the alias whose server could not be reached
     * @param failure          what the client raised
     */
    default String dbForReadFallback(Class<? extends Model> model, String failedConnection,
                                     dev.tortoise.exceptions.DbConnectionException failure) {
        return null;
    }
}
