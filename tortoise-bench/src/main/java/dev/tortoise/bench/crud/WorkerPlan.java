package dev.tortoise.bench.crud;

/**
 * One worker's share of one operation, drawn before the clock starts so that every contender does
 * exactly the same work in a round. Which fields matter depends on the operation; the others are
 * empty.
 *
 * @param operation the operation
 * @param worker    the worker's index, 0 … C − 1
 * @param levels    A–C: the level of each row to insert; I, J: the new level of each row, in id order
 * @param offsets   E: the offset of each query; query {@code q} asks for level {@code Levels.ALL.get(q % 5)}
 * @param ids       F: the primary keys to get, in order
 * @param firstId   I–K: the first id of the worker's rows
 * @param lastId    I–K: the last id of the worker's rows (inclusive)
 */
public record WorkerPlan(Operation operation, int worker, short[] levels, int[] offsets, int[] ids, int firstId,
        int lastId) {

    private static final short[] NO_LEVELS = {};
    private static final int[] NONE = {};

    static WorkerPlan withLevels(Operation operation, int worker, short[] levels) {
        return new WorkerPlan(operation, worker, levels, NONE, NONE, 0, -1);
    }

    static WorkerPlan plain(Operation operation, int worker) {
        return new WorkerPlan(operation, worker, NO_LEVELS, NONE, NONE, 0, -1);
    }

    static WorkerPlan withOffsets(int worker, int[] offsets) {
        return new WorkerPlan(Operation.E, worker, NO_LEVELS, offsets, NONE, 0, -1);
    }

    static WorkerPlan withIds(int worker, int[] ids) {
        return new WorkerPlan(Operation.F, worker, NO_LEVELS, NONE, ids, 0, -1);
    }

    static WorkerPlan withRange(Operation operation, int worker, int firstId, int lastId, short[] levels) {
        return new WorkerPlan(operation, worker, levels, NONE, NONE, firstId, lastId);
    }

    /** The text of the {@code i}-th row this worker inserts, as upstream writes it: {@code "Insert from A, item 7"}. */
    public String insertText(int i) {
        return "Insert from " + operation.name() + ", item " + i;
    }
}
