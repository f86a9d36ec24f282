package dev.tortoise.bench.crud;

import dev.tortoise.bench.crud.model.Levels;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The random choices of one round, the same for every contender: levels of inserted and updated
 * rows, offsets of the small filters, keys to get. Drawn from the suite's seed, the round and the
 * worker, never from the clock. Also knows how many rows each operation must report, which is what
 * the correctness checks compare against.
 */
public final class RoundPlan {

    /** Rows per page in E. */
    static final int PAGE = 20;

    private final CrudOptions options;
    private final int round;
    private final int[] rowsPerLevel = new int[Levels.ALL.size()];

    RoundPlan(CrudOptions options, int round) {
        this.options = options;
        this.round = round;
        for (Operation op : List.of(Operation.A, Operation.B, Operation.C)) {
            for (int w = 0; w < options.workers(); w++) {
                for (short level : insertLevels(op, w)) {
                    rowsPerLevel[Levels.ALL.indexOf(level)]++;
                }
            }
        }
    }

    /**
     * The plan of one worker. {@code ids} are the table's ids in ascending order after C; F and
     * I–K need them, the others ignore them.
     */
    WorkerPlan plan(Operation op, int worker, List<Integer> ids) {
        return switch (op) {
            case A, B, C -> WorkerPlan.withLevels(op, worker, insertLevels(op, worker));
            case D, G, H -> WorkerPlan.plain(op, worker);
            case E -> WorkerPlan.withOffsets(worker, offsets(worker));
            case F -> WorkerPlan.withIds(worker, keys(worker, ids));
            case I, J, K -> {
                int slice = ids.size() / options.workers();
                // upstream gives worker w the rows [w * slice, (w + 1) * slice - 1): one fewer than its slice
                int first = worker * slice;
                int last = (worker + 1) * slice - 2;
                SplittableRandom random = random(op, worker);
                short[] levels = new short[Math.max(0, last - first + 1)];
                for (int i = 0; i < levels.length; i++) {
                    levels[i] = level(random);
                }
                yield WorkerPlan.withRange(op, worker, ids.get(first), ids.get(last), op == Operation.K ? new short[0] : levels);
            }
        };
    }

    /** The rows an operation must report in all when the contender is right; {@code ids} as for {@link #plan}. */
    long expectedRows(Operation op, List<Integer> ids) {
        int n = options.n();
        int workers = options.workers();
        return switch (op) {
            case A, B, C -> n;
            case D, G, H -> (long) workers * 3 * n;
            case E -> expectedPageRows();
            case F -> 2L * n;
            case I, J, K -> (long) workers * (ids.size() / workers - 1);
        };
    }

    private long expectedPageRows() {
        long rows = 0;
        for (int w = 0; w < options.workers(); w++) {
            int[] offsets = offsets(w);
            for (int q = 0; q < offsets.length; q++) {
                int available = rowsPerLevel[q % Levels.ALL.size()] - offsets[q];
                rows += Math.max(0, Math.min(PAGE, available));
            }
        }
        return rows;
    }

    private short[] insertLevels(Operation op, int worker) {
        SplittableRandom random = random(op, worker);
        short[] levels = new short[options.n() / options.workers()];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = level(random);
        }
        return levels;
    }

    /**
     * N/100 rounds of the five levels (upstream: N/10/C, the same for C = 10), each with an offset in
     * [0, N − 20); at least one round, so that a small N (a pipeline check) still runs E.
     */
    private int[] offsets(int worker) {
        SplittableRandom random = random(Operation.E, worker);
        int[] offsets = new int[Math.max(1, options.n() / 100) * Levels.ALL.size()];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = random.nextInt(Math.max(1, options.n() - PAGE));
        }
        return offsets;
    }

    /** Upstream: 2N/C gets per worker of ids 1 … N − 1, here the first N − 1 ids of the table. */
    private int[] keys(int worker, List<Integer> ids) {
        SplittableRandom random = random(Operation.F, worker);
        int[] keys = new int[2 * options.n() / options.workers()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = ids.get(random.nextInt(options.n() - 1));
        }
        return keys;
    }

    private static short level(SplittableRandom random) {
        return Levels.ALL.get(random.nextInt(Levels.ALL.size()));
    }

    private SplittableRandom random(Operation op, int worker) {
        long stream = ((long) round * Operation.values().length + op.ordinal()) * 1_000L + worker;
        return new SplittableRandom(options.seed() * 0x9E37_79B9_7F4A_7C15L + stream);
    }
}
