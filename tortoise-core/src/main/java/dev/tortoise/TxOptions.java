package dev.tortoise;

import dev.tortoise.exceptions.ParamsException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link Tortoise#inTransaction(TxOptions, Block)} runs its block: isolation level, read-only,
 * propagation, and which conflicts re-run it. Immutable; every method returns a changed copy.
 *
 * <pre>{@code
 * TxOptions transfer = TxOptions.defaults()
 *         .isolation(TxOptions.Isolation.SERIALIZABLE)
 *         .retryOn(TxOptions.Conflict.SERIALIZATION_FAILURE, 5)
 *         .retryOn(TxOptions.Conflict.DEADLOCK, 5);
 * t.inTransaction(transfer, () -> { ... });
 * }</pre>
 *
 * <ul>
 *   <li><b>Isolation and read-only</b> apply to a transaction Tortoise begins (the outermost one, or
 *       a {@link Propagation#REQUIRES_NEW} one) and are restored on the connection afterwards; a
 *       block that joins an open transaction runs with that transaction's settings. SQLite's
 *       transactions are always serializable, so every level is met there; read-only is
 *       {@code PRAGMA query_only} on SQLite, {@code SET TRANSACTION READ ONLY} on MySQL/MariaDB, and the
 *       driver's read-only transaction on PostgreSQL and H2.</li>
 *   <li><b>Propagation</b>: {@code REQUIRED} (the default) begins a transaction, or joins the
 *       calling thread's open one with a savepoint, as nested blocks always did; {@code NESTED}
 *       does the same and says so; {@code REQUIRES_NEW} suspends the open transaction and runs the
 *       block in one of its own on another connection, committed or rolled back before the outer
 *       one goes on (not on SQLite, whose one connection is the open transaction's).</li>
 *   <li><b>Retry</b>: {@code retryOn(conflict, attempts)} runs the whole block again, up to
 *       {@code attempts} runs in all, when the database rolled it back because of a concurrent
 *       transaction: a serialization failure (SQLSTATE {@code 40001}) or a deadlock
 *       ({@code 40P01}, MySQL error 1213). Distributed and replicated databases (CockroachDB,
 *       YugabyteDB, Galera) report such conflicts routinely. Only a transaction that Tortoise begins
 *       is retried (never a block that joined an open one, whose outer transaction is already
 *       lost), so the block must be safe to run again: no side effects outside the database.</li>
 * </ul>
 */
public final class TxOptions {

    /** The isolation level of a transaction; none set means the server's default. */
    public enum Isolation {
        /** Each statement sees what was committed before it began. */
        READ_COMMITTED,
        /** Every statement sees the snapshot taken at the transaction's first statement (MySQL: consistent reads). */
        REPEATABLE_READ,
        /** As if the transactions had run one after the other; conflicts fail with a serialization failure. */
        SERIALIZABLE
    }

    /** What a block does when the calling thread already has a transaction on the connection. */
    public enum Propagation {
        /** Join it, with a savepoint around the block; begin a transaction when there is none. */
        REQUIRED,
        /** Suspend it and run the block in a new transaction on another connection. */
        REQUIRES_NEW,
        /** A savepoint inside it; begin a transaction when there is none. */
        NESTED
    }

    /** A conflict with concurrent transactions after which the database expects the transaction to be run again. */
    public enum Conflict {
        /** SQLSTATE {@code 40001} ({@link dev.tortoise.exceptions.SerializationException}). */
        SERIALIZATION_FAILURE,
        /** SQLSTATE {@code 40P01}, MySQL error 1213 ({@link dev.tortoise.exceptions.DeadlockException}). */
        DEADLOCK
    }

    private static final TxOptions DEFAULTS = new TxOptions(null, false, Propagation.REQUIRED, new EnumMap<>(Conflict.class));

    private final Isolation isolation;
    private final boolean readOnly;
    private final Propagation propagation;
    private final Map<Conflict, Integer> attempts;

    private TxOptions(Isolation isolation, boolean readOnly, Propagation propagation, EnumMap<Conflict, Integer> attempts) {
        this.isolation = isolation;
        this.readOnly = readOnly;
        this.propagation = propagation;
        this.attempts = Collections.unmodifiableMap(attempts);
    }

    /** The server's isolation level, read-write, {@link Propagation#REQUIRED}, no retry: what {@code inTransaction(block)} does. */
    public static TxOptions defaults() {
        return DEFAULTS;
    }

    /** The same options with this isolation level. */
    public TxOptions isolation(Isolation level) {
        return new TxOptions(Objects.requireNonNull(level, "isolation"), readOnly, propagation, copy());
    }

    /** The same options for a read-only transaction: a write in it fails with an {@code OperationalException}. */
    public TxOptions readOnly() {
        return new TxOptions(isolation, true, propagation, copy());
    }

    /** The same options with this propagation. */
    public TxOptions propagation(Propagation propagation) {
        return new TxOptions(isolation, readOnly, Objects.requireNonNull(propagation, "propagation"), copy());
    }

    /**
     * The same options, running the block again after this conflict, up to {@code attempts} runs in
     * all (the first included).
     *
     * @throws ParamsException when {@code attempts} is less than 1
     */
    public TxOptions retryOn(Conflict conflict, int attempts) {
        Objects.requireNonNull(conflict, "conflict");
        if (attempts < 1) {
            throw new ParamsException("retryOn(" + conflict + ", " + attempts + "): attempts counts every run of the"
                    + " block, the first included, so it must be at least 1 (1 means no retry)");
        }
        EnumMap<Conflict, Integer> more = copy();
        more.put(conflict, attempts);
        return new TxOptions(isolation, readOnly, propagation, more);
    }

    /** The isolation level, or empty for the server's default. */
    public Optional<Isolation> isolation() {
        return Optional.ofNullable(isolation);
    }

    /** Whether the transaction is read-only. */
    public boolean isReadOnly() {
        return readOnly;
    }

    /** The propagation; {@link Propagation#REQUIRED} unless set. */
    public Propagation propagation() {
        return propagation;
    }

    /** How many runs in all a conflict allows: 1 (no retry) unless {@link #retryOn} named it. */
    public int attempts(Conflict conflict) {
        return attempts.getOrDefault(conflict, 1);
    }

    /** Whether any conflict is retried. */
    public boolean retries() {
        return !attempts.isEmpty();
    }

    /** Whether isolation and read-only are the server's defaults (nothing to set on the connection). */
    public boolean hasConnectionSettings() {
        return isolation != null || readOnly;
    }

    private EnumMap<Conflict, Integer> copy() {
        return attempts.isEmpty() ? new EnumMap<>(Conflict.class) : new EnumMap<>(attempts);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TxOptions other && isolation == other.isolation && readOnly == other.readOnly
                && propagation == other.propagation && attempts.equals(other.attempts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(isolation, readOnly, propagation, attempts);
    }

    @Override
    public String toString() {
        return "TxOptions{isolation=" + (isolation == null ? "server default" : isolation) + ", readOnly=" + readOnly
                + ", propagation=" + propagation + ", retryOn=" + attempts + "}";
    }
}
