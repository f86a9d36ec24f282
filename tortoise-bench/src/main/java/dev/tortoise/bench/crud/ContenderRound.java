package dev.tortoise.bench.crud;

import dev.tortoise.bench.crud.CrudContender.WorkerTask;
import java.util.ArrayList;
import java.util.List;

/**
 * One contender's A–K sequence in one round, on a freshly created table: each operation's tasks
 * prepared (untimed), run and timed, its rows checked against the plan; the table's row count
 * checked after C (3N) and after K (3N less the rows K deleted).
 */
final class ContenderRound {

    private final CrudContender contender;
    private final RoundPlan plan;
    private final CrudOptions options;
    private final CrudResultFiles files;
    private final String backend;
    private final int shape;
    private final int round;

    ContenderRound(CrudContender contender, RoundPlan plan, CrudOptions options, CrudResultFiles files,
            String backend, int shape, int round) {
        this.contender = contender;
        this.plan = plan;
        this.options = options;
        this.files = files;
        this.backend = backend;
        this.shape = shape;
        this.round = round;
    }

    /** Runs the sequence; returns the rates by operation, or an empty list when an operation failed. */
    List<Double> run() {
        List<Double> rates = new ArrayList<>();
        Operation current = null;
        try {
            contender.resetTables();
            List<Integer> ids = List.of();
            long deleted = 0;
            for (Operation op : Operation.values()) {
                current = op;
                if (op == Operation.D) {
                    check("rows after A-C", 3L * options.n(), contender.count());
                    ids = contender.ids();
                }
                OperationTimer.Measurement m = measure(op, ids);
                files.operation(backend, shape, contender.id(), round, round < options.warmups(), op, m);
                check(op.name() + " rows", plan.expectedRows(op, ids), m.rows());
                rates.add(m.rowsPerSecond());
                if (op == Operation.K) {
                    deleted = m.rows();
                }
            }
            check("rows after K", 3L * options.n() - deleted, contender.count());
            return rates;
        } catch (Exception e) {
            files.failure(backend, shape, contender.id(), round, (current == null ? "reset" : current.name()) + ": " + e);
            e.printStackTrace();
            return List.of();
        }
    }

    private OperationTimer.Measurement measure(Operation op, List<Integer> ids) throws Exception {
        List<WorkerTask> tasks = new ArrayList<>(options.workers());
        try {
            for (int w = 0; w < options.workers(); w++) {
                tasks.add(contender.prepare(plan.plan(op, w, ids)));
            }
            return OperationTimer.run(tasks);
        } finally {
            for (WorkerTask task : tasks) {
                task.close();
            }
        }
    }

    private void check(String what, long expected, long actual) {
        files.check(backend, shape, contender.id(), round, what, expected, actual);
    }
}
