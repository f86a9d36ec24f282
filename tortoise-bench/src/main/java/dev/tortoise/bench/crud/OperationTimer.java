package dev.tortoise.bench.crud;

import dev.tortoise.bench.crud.CrudContender.WorkerTask;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs one operation: every worker's task on its own virtual thread, all released at once, and
 * measures the wall time from the release to the end of the last task, with the heap allocated
 * meanwhile.
 */
final class OperationTimer {

    /**
     * What an operation did.
     *
     * @param rows           rows the workers reported in all
     * @param nanos          wall time from the release to the end of the last worker
     * @param allocatedBytes heap allocated by the JVM meanwhile, -1 when unknown
     */
    record Measurement(long rows, long nanos, long allocatedBytes) {
        /** Rows per second of wall time. */
        double rowsPerSecond() {
            return nanos == 0 ? 0 : rows * 1e9 / nanos;
        }
    }

    private OperationTimer() {
    }

    /**
     * Runs the tasks concurrently and waits for all of them.
     *
     * @throws Exception the first failure of a task, after every task has ended
     */
    static Measurement run(List<WorkerTask> tasks) throws Exception {
        CountDownLatch ready = new CountDownLatch(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        AtomicLong lastEnd = new AtomicLong(Long.MIN_VALUE);
        List<Future<Integer>> results = new ArrayList<>(tasks.size());
        long began;
        long allocatedBefore;
        try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (WorkerTask task : tasks) {
                results.add(workers.submit(() -> {
                    ready.countDown();
                    start.await();
                    try {
                        return task.run();
                    } finally {
                        long end = System.nanoTime();
                        lastEnd.accumulateAndGet(end, Math::max);
                    }
                }));
            }
            // every worker exists and waits at the gate: thread start-up is not part of the time
            ready.await();
            allocatedBefore = AllocationMeter.allocatedBytes();
            began = System.nanoTime();
            start.countDown();
        }
        long allocated = AllocationMeter.allocatedBytes();
        long rows = 0;
        Exception failure = null;
        for (Future<Integer> result : results) {
            try {
                rows += result.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof Exception cause ? cause : e;
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        return new Measurement(rows, lastEnd.get() - began,
                allocatedBefore < 0 ? -1 : allocated - allocatedBefore);
    }
}
