package dev.tortoise.bench.crud;

import java.lang.management.ManagementFactory;

/**
 * Heap bytes allocated by the whole JVM, from {@code com.sun.management.ThreadMXBean
 * .getTotalThreadAllocatedBytes()} (JDK 21+). Per-thread counters answer -1 for virtual threads,
 * but a virtual thread's allocations are counted on the carrier it runs on, so the process-wide
 * total taken around an operation is what its workers allocated, plus whatever else ran meanwhile
 * (pool housekeeping, the runner waiting): noise of a few kilobytes against megabytes.
 */
final class AllocationMeter {

    private static final com.sun.management.ThreadMXBean THREADS = threads();

    private AllocationMeter() {
    }

    /** Bytes allocated so far by every thread that ever ran, or -1 when the JVM cannot tell. */
    static long allocatedBytes() {
        return THREADS == null ? -1 : THREADS.getTotalThreadAllocatedBytes();
    }

    /** How the allocation figures are taken, for the result files. */
    static String method() {
        return THREADS == null ? "not measured (no com.sun.management.ThreadMXBean)"
                : "process-wide ThreadMXBean.getTotalThreadAllocatedBytes() around each operation";
    }

    private static com.sun.management.ThreadMXBean threads() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean
                && bean.isThreadAllocatedMemorySupported()) {
            bean.setThreadAllocatedMemoryEnabled(true);
            return bean;
        }
        return null;
    }
}
