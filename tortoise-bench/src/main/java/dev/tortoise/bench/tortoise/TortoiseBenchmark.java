package dev.tortoise.bench.tortoise;

import dev.tortoise.Tortoise;
import dev.tortoise.bench.BenchDefaults;
import dev.tortoise.bench.BenchTarget;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ours: Tortoise's init, schema generation, both together, and close, on the shape's N models.
 * Each iteration starts from an empty database and ends with the instance closed, so a model class
 * is never owned by two open instances.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = BenchDefaults.WARMUPS)
@Measurement(iterations = BenchDefaults.ITERATIONS)
@Fork(value = BenchDefaults.FORKS, jvmArgsAppend = {BenchDefaults.NATIVE_ACCESS, BenchDefaults.JBOSS_LOGGING})
public class TortoiseBenchmark {

    /** An instance started (init and first round trip) before the measurement. */
    @State(Scope.Thread)
    public static class Started {
        Tortoise tortoise;

        /** Starts Tortoise on the iteration's empty database with the listed models. */
        @Setup(Level.Iteration)
        public void start(BenchTarget target) {
            tortoise = target.closeAfterIteration(TortoiseContender.start(target.database(), target.n, false));
        }
    }

    /** Init from an explicit {@code @Models} list, to a usable instance (first round trip made). */
    @Benchmark
    public Tortoise init(BenchTarget target) {
        return target.closeAfterIteration(TortoiseContender.start(target.database(), target.n, false));
    }

    /** Init by scanning the models' package, to a usable instance. */
    @Benchmark
    public Tortoise initScan(BenchTarget target) {
        return target.closeAfterIteration(TortoiseContender.start(target.database(), target.n, true));
    }

    /** {@code generateSchemas(false)} on the empty database. */
    @Benchmark
    public void schema(Started state) {
        state.tortoise.generateSchemas(false);
    }

    /** Init from the list and {@code generateSchemas(false)}. */
    @Benchmark
    public Tortoise initAndSchema(BenchTarget target) {
        Tortoise tortoise = target.closeAfterIteration(TortoiseContender.init(target.database(), target.n, false));
        tortoise.generateSchemas(false);
        return tortoise;
    }

    /** Closing a started instance. */
    @Benchmark
    public void close(Started state) {
        state.tortoise.close();
    }
}
