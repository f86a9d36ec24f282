package dev.tortoise.bench.hibernate;

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

/** Hibernate ORM 7 doing the work of each Tortoise benchmark on the JPA twin of the shape. */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = BenchDefaults.WARMUPS)
@Measurement(iterations = BenchDefaults.ITERATIONS)
@Fork(value = BenchDefaults.FORKS, jvmArgsAppend = {BenchDefaults.NATIVE_ACCESS, BenchDefaults.JBOSS_LOGGING})
public class HibernateBenchmark {

    /** A SessionFactory bootstrapped (without DDL) before the measurement. */
    @State(Scope.Thread)
    public static class Booted {
        HibernateContender.App app;

        /** Bootstraps Hibernate on the iteration's empty database. */
        @Setup(Level.Iteration)
        public void boot(BenchTarget target) {
            app = target.closeAfterIteration(HibernateContender.bootstrap(target.database(), target.n, false));
        }
    }

    /** Pool and SessionFactory bootstrap, no DDL. */
    @Benchmark
    public HibernateContender.App init(BenchTarget target) {
        return target.closeAfterIteration(HibernateContender.bootstrap(target.database(), target.n, false));
    }

    /** Schema creation through the SchemaManager on a booted factory. */
    @Benchmark
    public void schema(Booted state) {
        HibernateContender.createSchema(state.app);
    }

    /** Bootstrap with {@code create-only} schema tooling. */
    @Benchmark
    public HibernateContender.App initAndSchema(BenchTarget target) {
        return target.closeAfterIteration(HibernateContender.bootstrap(target.database(), target.n, true));
    }

    /** Closing the SessionFactory and its pool. */
    @Benchmark
    public void close(Booted state) {
        state.app.close();
    }
}
