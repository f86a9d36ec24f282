package dev.tortoise.internal.runtime;

import dev.tortoise.Block;
import dev.tortoise.TxOptions;
import dev.tortoise.TxOptions.Conflict;
import dev.tortoise.exceptions.DeadlockException;
import dev.tortoise.exceptions.SerializationException;
import dev.tortoise.spi.DbClient;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a transaction block with {@link TxOptions}, again after a conflict the options name. Only a
 * transaction the client begins is retried: a block that joins an open one (the calling thread's,
 * or an outer manager's) fails at once, since the open transaction is already lost. Between
 * attempts the thread parks for a random pause that doubles each time (a virtual thread unmounts),
 * so that colliding transactions do not collide again in step.
 */
public final class TransactionRetry {

    private static final Logger LOG = LoggerFactory.getLogger("dev.tortoise.Tortoise");
    private static final long FIRST_PAUSE_MICROS = 2_000;
    private static final long LONGEST_PAUSE_MICROS = 200_000;

    private TransactionRetry() {
    }

    /** Runs the block as the options say; see the class comment for what is retried. */
    public static <T, X extends Exception> T run(DbClient client, TxOptions options, Block<T, X> block) throws X {
        boolean beginsOwn = options.propagation() == TxOptions.Propagation.REQUIRES_NEW || !client.isInTransaction();
        if (!options.retries() || !beginsOwn) {
            return client.inTransaction(options, block);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return client.inTransaction(options, block);
            } catch (RuntimeException e) {
                Conflict conflict = conflictOf(e);
                if (conflict == null || attempt >= options.attempts(conflict)) {
                    throw e;
                }
                LOG.debug("[{}] transaction attempt {} of {} ended in a {}; running it again", client.connectionName(),
                        attempt, options.attempts(conflict), conflict);
                pause(attempt);
            }
        }
    }

    /** The conflict an exception (or one of its causes) reports, or null. */
    static Conflict conflictOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SerializationException) {
                return Conflict.SERIALIZATION_FAILURE;
            }
            if (t instanceof DeadlockException) {
                return Conflict.DEADLOCK;
            }
        }
        return null;
    }

    private static void pause(int attempt) {
        long ceiling = Math.min(LONGEST_PAUSE_MICROS, FIRST_PAUSE_MICROS << Math.min(attempt - 1, 16));
        long micros = ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1);
        LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(micros));
    }
}
