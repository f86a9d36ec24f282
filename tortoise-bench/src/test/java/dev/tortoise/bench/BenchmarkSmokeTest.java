package dev.tortoise.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs every benchmark once (N = 10, no warm-up, one call, in this JVM) on the in-memory SQLite
 * backend, through JMH's own runner, so a benchmark that cannot run fails the build. One backend
 * keeps this a matter of seconds: each server run creates and drops a database per call and boots
 * Hibernate against it (about forty seconds for all four backends). The server side of the shapes
 * is checked by {@code SameDdlTest}, and {@code report.sh} runs every backend.
 */
class BenchmarkSmokeTest {

    /** The backend every benchmark runs on here. */
    private static final String BACKEND = "sqlite-memory";

    static {
        // JMH refuses to start while another JMH run on this machine holds /tmp/jmh.lock (a
        // benchmark someone is measuring). A smoke test measures nothing, so it need not wait.
        System.setProperty("jmh.ignoreLock", "true");
    }

    private static final List<String> BENCHMARK_CLASSES = List.of(
            "dev.tortoise.bench.jdbc.JdbcBenchmark",
            "dev.tortoise.bench.hibernate.HibernateBenchmark",
            "dev.tortoise.bench.tortoise.TortoiseBenchmark");

    @Test
    void everyBenchmarkRunsOnceOnEveryAvailableBackend() throws RunnerException {
        List<String> backends = List.of(BACKEND);
        Options options = new OptionsBuilder()
                .include("dev\\.tortoise\\.bench\\..*Benchmark\\..*")
                .param("n", "10")
                .param("backend", backends.toArray(String[]::new))
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build();

        Collection<RunResult> results = new Runner(options).run();

        Set<String> ran = new TreeSet<>();
        for (RunResult r : results) {
            assertTrue(r.getPrimaryResult().getScore() > 0, r.getParams().getBenchmark() + " took no time");
            ran.add(r.getParams().getBenchmark() + " " + r.getParams().getParam("backend"));
        }
        Set<String> expected = new TreeSet<>();
        for (String method : benchmarkMethods()) {
            backends.forEach(b -> expected.add(method + " " + b));
        }
        assertEquals(expected, ran);
    }

    /** Every {@code @Benchmark} method of the benchmark classes that were compiled. */
    private static Set<String> benchmarkMethods() {
        Set<String> methods = new TreeSet<>();
        for (String name : BENCHMARK_CLASSES) {
            Class<?> type;
            try {
                type = Class.forName(name);
            } catch (ClassNotFoundException e) {
                continue; // TortoiseBenchmark is left out of the build until dev.tortoise.Tortoise exists
            }
            for (Method m : type.getMethods()) {
                if (m.isAnnotationPresent(Benchmark.class)) {
                    methods.add(name + "." + m.getName());
                }
            }
        }
        assertTrue(methods.size() >= 10, "benchmark classes are missing: " + methods);
        return methods;
    }
}
