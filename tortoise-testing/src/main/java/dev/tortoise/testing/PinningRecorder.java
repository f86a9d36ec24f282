package dev.tortoise.testing;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingStream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Records every {@code jdk.VirtualThreadPinned} event (threshold 0) while it is open: proof that
 * virtual threads waiting on the database never pinned their carrier. The JDK's own I/O poller
 * threads are left out (see {@link #isJdkPoller}).
 *
 * <pre>{@code
 * try (PinningRecorder pins = PinningRecorder.start()) {
 *     ... run thousands of virtual threads ...
 *     assertEquals(List.of(), pins.stop());
 * }
 * }</pre>
 */
public final class PinningRecorder implements AutoCloseable {

    private static final int FRAMES_SHOWN = 25;

    private final RecordingStream stream = new RecordingStream();
    private final Queue<String> pins = new ConcurrentLinkedQueue<>();
    private boolean stopped;

    private PinningRecorder() {
        stream.enable("jdk.VirtualThreadPinned").withThreshold(Duration.ZERO).withStackTrace();
        stream.onEvent("jdk.VirtualThreadPinned", event -> {
            if (!isJdkPoller(event)) {
                pins.add(describe(event));
            }
        });
        stream.startAsync();
    }

    /** Starts recording. */
    public static PinningRecorder start() {
        return new PinningRecorder();
    }

    /** Stops recording, waits for every event to be delivered, and returns one description per pin. */
    public List<String> stop() {
        if (!stopped) {
            stopped = true;
            stream.stop();
        }
        return new ArrayList<>(pins);
    }

    @Override
    public void close() {
        stop();
        stream.close();
    }

    /**
     * On JDK 25 the JDK's own I/O sub-pollers run as virtual threads that park inside their poll
     * loop while pinned, by design; they belong to the JDK, not to the code under test.
     */
    private static boolean isJdkPoller(RecordedEvent event) {
        if (event.getStackTrace() == null) {
            return false;
        }
        for (RecordedFrame frame : event.getStackTrace().getFrames()) {
            if (frame.getMethod().getType().getName().equals("sun.nio.ch.Poller")
                    && frame.getMethod().getName().equals("subPollerLoop")) {
                return true;
            }
        }
        return false;
    }

    private static String describe(RecordedEvent event) {
        StringBuilder sb = new StringBuilder("pinned for ").append(event.getDuration().toNanos() / 1000).append(" us");
        event.getFields().forEach(f -> {
            if (!f.getName().equals("stackTrace") && !f.getName().equals("startTime") && !f.getName().equals("duration")) {
                sb.append(' ').append(f.getName()).append('=').append(String.valueOf(event.<Object>getValue(f.getName())).replace('\n', ' '));
            }
        });
        if (event.getStackTrace() != null) {
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            for (int i = 0; i < Math.min(FRAMES_SHOWN, frames.size()); i++) {
                RecordedFrame frame = frames.get(i);
                sb.append("\n    at ").append(frame.getMethod().getType().getName()).append('.')
                        .append(frame.getMethod().getName()).append(':').append(frame.getLineNumber());
            }
        }
        return sb.toString();
    }
}
