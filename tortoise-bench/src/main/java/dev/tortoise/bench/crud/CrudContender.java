package dev.tortoise.bench.crud;

import java.util.List;

/**
 * One way of doing the CRUD operations (ours, the JDBC floor, Hibernate) on one shape and one
 * fresh database of its own. The runner calls it from one thread, except {@link WorkerTask#run()},
 * which the workers call concurrently. Every method blocks on the database.
 */
public interface CrudContender extends AutoCloseable {

    /** {@code tortoise}, {@code jdbc} or {@code hibernate}. */
    String id();

    /** Drops and creates the shape's tables, so that the next round starts from an empty table. Not timed. */
    void resetTables() throws Exception;

    /** Rows in {@code journal}. Not timed. */
    long count() throws Exception;

    /** Every id in {@code journal}, ascending. Not timed. */
    List<Integer> ids() throws Exception;

    /**
     * Readies one worker's share of an operation and returns what the timed part runs. Whatever
     * upstream does before its clock starts happens here (loading the rows that I, J and K change);
     * everything else belongs in the task.
     */
    WorkerTask prepare(WorkerPlan plan) throws Exception;

    /** Closes the pool or instance; the runner drops the database afterwards. */
    @Override
    void close() throws Exception;

    /** The timed part of one worker's share. */
    interface WorkerTask extends AutoCloseable {

        /** Does the work; returns the rows written, read or deleted, as counted from what came back. */
        int run() throws Exception;

        /** Releases what {@link CrudContender#prepare} opened; not timed. */
        @Override
        default void close() throws Exception {
        }
    }
}
