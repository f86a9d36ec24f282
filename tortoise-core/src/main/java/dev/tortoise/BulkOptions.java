package dev.tortoise;

import dev.tortoise.exceptions.ParamsException;
import java.util.List;
import java.util.Objects;

/**
 * How {@link Manager#bulkCreate(java.util.Collection, BulkOptions)} treats rows that collide with
 * existing ones (upstream's {@code ignore_conflicts} and {@code on_conflict}/{@code update_fields}),
 * and how many rows go in one statement. Immutable; {@link #batchSize(int)} returns a copy.
 *
 * <pre>{@code
 * Event.objects.bulkCreate(events, BulkOptions.ignoreConflicts());
 * Event.objects.bulkCreate(events, BulkOptions.onConflict(List.of("name", "tournament"), List.of("prize")).batchSize(500));
 * }</pre>
 *
 * Spelled per database: {@code ON CONFLICT … DO NOTHING / DO UPDATE SET} (SQLite, PostgreSQL),
 * {@code ON DUPLICATE KEY UPDATE} (MySQL, MariaDB). Bound values only.
 */
public final class BulkOptions {

    private static final BulkOptions PLAIN = new BulkOptions(false, List.of(), List.of(), 0);

    private final boolean ignoreConflicts;
    private final List<String> conflictFields;
    private final List<String> updateFields;
    private final int batchSize;

    private BulkOptions(boolean ignoreConflicts, List<String> conflictFields, List<String> updateFields, int batchSize) {
        this.ignoreConflicts = ignoreConflicts;
        this.conflictFields = List.copyOf(conflictFields);
        this.updateFields = List.copyOf(updateFields);
        this.batchSize = batchSize;
    }

    /** Plain inserts: a colliding row fails the whole call. */
    public static BulkOptions plain() {
        return PLAIN;
    }

    /**
     * Rows that collide with an existing row on any unique constraint are skipped. Their instances
     * get no key from the database (there is no row of theirs to read it from) unless they had one.
     */
    public static BulkOptions ignoreConflicts() {
        return new BulkOptions(true, List.of(), List.of(), 0);
    }

    /**
     * A row whose {@code conflictFields} (the fields of one unique constraint, or the primary key)
     * match an existing row updates that row's {@code updateFields} instead of being inserted.
     *
     * @throws ParamsException when either list is empty
     */
    public static BulkOptions onConflict(List<String> conflictFields, List<String> updateFields) {
        Objects.requireNonNull(conflictFields, "conflictFields");
        Objects.requireNonNull(updateFields, "updateFields");
        if (conflictFields.isEmpty() || updateFields.isEmpty()) {
            throw new ParamsException("onConflict() needs the fields of a unique constraint and the fields to update,"
                    + " got " + conflictFields + " and " + updateFields + "; to skip colliding rows use ignoreConflicts()");
        }
        return new BulkOptions(false, conflictFields, updateFields, 0);
    }

    /**
     * A copy with at most {@code rows} rows per statement (0: as many as the database's limits allow).
     *
     * @throws ParamsException for a negative number
     */
    public BulkOptions batchSize(int rows) {
        if (rows < 0) {
            throw new ParamsException("batchSize should be a non-negative number, got " + rows);
        }
        return new BulkOptions(ignoreConflicts, conflictFields, updateFields, rows);
    }

    /** Whether colliding rows are skipped. */
    public boolean ignoresConflicts() {
        return ignoreConflicts;
    }

    /** The fields whose collision turns an insert into an update; empty unless {@link #onConflict}. */
    public List<String> conflictFields() {
        return conflictFields;
    }

    /** The fields a colliding row updates; empty unless {@link #onConflict}. */
    public List<String> updateFields() {
        return updateFields;
    }

    /** Rows per statement, 0 for as many as the limits allow. */
    public int batchSize() {
        return batchSize;
    }

    /** Whether rows can collide without failing the call. */
    public boolean handlesConflicts() {
        return ignoreConflicts || !conflictFields.isEmpty();
    }

    @Override
    public String toString() {
        return ignoreConflicts ? "BulkOptions.ignoreConflicts()" : conflictFields.isEmpty() ? "BulkOptions.plain()"
                : "BulkOptions.onConflict(" + conflictFields + ", " + updateFields + ")"
                + (batchSize == 0 ? "" : ".batchSize(" + batchSize + ")");
    }
}
