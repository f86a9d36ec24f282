package dev.tortoise.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The results of one JMH run, read from its JSON output ({@code -rf json}): the median of every
 * measured single-shot call per benchmark and parameter set, and the run's settings.
 */
final class JmhResults {

    /** What JMH records about the JVM and the run settings, taken from the first result. */
    record RunInfo(String jdkVersion, String vmName, String vmVersion, int forks, int warmups, int iterations) {
        static final RunInfo NONE = new RunInfo("?", "?", "?", 0, 0, 0);
    }

    /** One benchmark and parameter set: median in milliseconds and the number of measured calls. */
    record Result(String benchmark, String backend, int n, double medianMillis, int samples) { }

    private final Map<String, Result> byKey = new HashMap<>();
    private final RunInfo info;

    private JmhResults(List<Result> results, RunInfo info) {
        results.forEach(r -> byKey.put(key(r.benchmark(), r.backend(), r.n()), r));
        this.info = info;
    }

    /**
     * Reads a JMH JSON result file. A missing file gives empty results, so a report can still be
     * written from the cold-start numbers alone.
     *
     * @throws UncheckedIOException if the file exists but cannot be read or parsed
     */
    static JmhResults read(Path file) {
        if (!Files.exists(file)) {
            return new JmhResults(List.of(), RunInfo.NONE);
        }
        try {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            List<Result> results = new ArrayList<>();
            RunInfo info = RunInfo.NONE;
            for (JsonNode run : root) {
                if (info == RunInfo.NONE) {
                    info = new RunInfo(run.path("jdkVersion").asText("?"), run.path("vmName").asText("?"),
                            run.path("vmVersion").asText("?"), run.path("forks").asInt(),
                            run.path("warmupIterations").asInt(), run.path("measurementIterations").asInt());
                }
                results.add(result(run));
            }
            return new JmhResults(results, info);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read JMH results from " + file, e);
        }
    }

    private static Result result(JsonNode run) {
        String name = run.path("benchmark").asText();
        // "dev.tortoise.bench.jdbc.JdbcBenchmark.init" -> "JdbcBenchmark.init"
        String[] parts = name.split("\\.");
        String benchmark = parts[parts.length - 2] + "." + parts[parts.length - 1];
        JsonNode metric = run.path("primaryMetric");
        double toMillis = toMillis(metric.path("scoreUnit").asText("ms/op"));
        List<Double> samples = new ArrayList<>();
        for (JsonNode fork : metric.path("rawData")) {
            for (JsonNode value : fork) {
                samples.add(value.asDouble() * toMillis);
            }
        }
        double median = samples.isEmpty()
                ? metric.path("scorePercentiles").path("50.0").asDouble() * toMillis
                : Stats.median(samples);
        return new Result(benchmark, run.path("params").path("backend").asText(),
                run.path("params").path("n").asInt(), median, samples.size());
    }

    private static double toMillis(String unit) {
        return switch (unit) {
            case "s/op" -> 1000.0;
            case "ms/op" -> 1.0;
            case "us/op" -> 0.001;
            case "ns/op" -> 0.000001;
            default -> throw new IllegalArgumentException("Unexpected JMH score unit " + unit
                    + "; the benchmarks are single-shot and report time per operation");
        };
    }

    /** The median of a benchmark ({@code "TortoiseBenchmark.init"}) for a backend and N, if it ran. */
    OptionalDouble median(String benchmark, String backend, int n) {
        Result r = byKey.get(key(benchmark, backend, n));
        return r == null ? OptionalDouble.empty() : OptionalDouble.of(r.medianMillis());
    }

    /** Whether any benchmark ran for this backend and N. */
    boolean hasAny(String backend, int n) {
        return byKey.values().stream().anyMatch(r -> r.backend().equals(backend) && r.n() == n);
    }

    boolean isEmpty() {
        return byKey.isEmpty();
    }

    RunInfo info() {
        return info;
    }

    private static String key(String benchmark, String backend, int n) {
        return benchmark + "|" + backend + "|" + n;
    }
}
