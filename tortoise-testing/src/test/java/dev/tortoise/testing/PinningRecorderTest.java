package dev.tortoise.testing;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The recorder is only proof if it sees a pin when there is one. */
class PinningRecorderTest {

    /** Sleeping inside a class initialiser pins a virtual thread on every JDK so far. */
    static final class SlowToInitialise {
        static final long STAMP;

        static {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            STAMP = System.nanoTime();
        }
    }

    @Test
    void seesAVirtualThreadThatParksWhilePinned() throws Exception {
        try (PinningRecorder pins = PinningRecorder.start()) {
            Thread.ofVirtual().start(() -> assertTrue(SlowToInitialise.STAMP > 0)).join();
            List<String> seen = pins.stop();
            assertEquals(1, seen.size(), String.valueOf(seen));
            assertTrue(seen.get(0).contains("SlowToInitialise"), seen.get(0));
        }
    }

    @Test
    void seesNothingWhenVirtualThreadsWaitOnJavaUtilConcurrentLocks() throws Exception {
        ReentrantLock lock = new ReentrantLock();
        try (PinningRecorder pins = PinningRecorder.start()) {
            lock.lock();
            Thread waiter = Thread.ofVirtual().start(() -> {
                lock.lock();
                lock.unlock();
            });
            Thread.sleep(20);
            lock.unlock();
            waiter.join();
            assertEquals(List.of(), pins.stop());
        }
    }
}
