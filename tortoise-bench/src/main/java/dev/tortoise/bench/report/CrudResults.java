package dev.tortoise.bench.report;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Properties;
import java.util.Set;

/**
 * The result files of a CRUD suite run ({@code results.csv}, {@code checks.csv},
 * {@code run.properties}, written by {@code dev.tortoise.bench.crud.CrudSuite}), with the statistics
 * the report needs: per operation the median rate over the measured rounds and the rate of the first
 * (cold) round, the geometric mean over the eleven operations, allocation per row.
 */
final class CrudResults {

    static final List<String> OPERATIONS = List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K");

    /** One operation run: rows, wall time, heap allocated. */
    private record Sample(int round, boolean warmup, long rows, long nanos, long allocatedBytes) {
        double rate() {
            return nanos <= 0 ? 0 : rows * 1e9 / nanos;
        }
    }

    /** A correctness check as written. */
    record Check(String backend, int shape, String contender, int round, String name, long expected, long actual,
            boolean ok) { }

    private final Map<String, List<Sample>> samples;
    private final Set<String> backends;
    private final Set<Integer> shapes;
    private final List<Check> checks;
    private final Properties run;

    private CrudResults(Map<String, List<Sample>> samples, Set<String> backends, Set<Integer> shapes, List<Check> checks,
            Properties run) {
        this.samples = samples;
        this.backends = backends;
        this.shapes = shapes;
        this.checks = checks;
        this.run = run;
    }

    /**
     * Reads the folder; a folder without {@code results.csv} gives empty results.
     *
     * @throws IllegalArgumentException naming file and line of a malformed line
     */
    static CrudResults read(Path folder) {
        Map<String, List<Sample>> samples = new HashMap<>();
        Set<String> backends = new LinkedHashSet<>();
        Set<Integer> shapes = new LinkedHashSet<>();
        List<Check> checks = new ArrayList<>();
        Properties run = new Properties();
        try {
            Path results = folder.resolve("results.csv");
            if (Files.exists(results)) {
                for (String[] f : rows(results, 9)) {
                    backends.add(f[0]);
                    shapes.add(Integer.parseInt(f[1]));
                    samples.computeIfAbsent(key(f[0], Integer.parseInt(f[1]), f[2], f[5]), k -> new ArrayList<>())
                            .add(new Sample(Integer.parseInt(f[3]), Boolean.parseBoolean(f[4]), Long.parseLong(f[6]),
                                    Long.parseLong(f[7]), Long.parseLong(f[8])));
                }
            }
            Path checkFile = folder.resolve("checks.csv");
            if (Files.exists(checkFile)) {
                for (String[] f : rows(checkFile, 8)) {
                    checks.add(new Check(f[0], Integer.parseInt(f[1]), f[2], Integer.parseInt(f[3]), f[4],
                            Long.parseLong(f[5]), Long.parseLong(f[6]), Boolean.parseBoolean(f[7])));
                }
            }
            Path runFile = folder.resolve("run.properties");
            if (Files.exists(runFile)) {
                try (Reader in = Files.newBufferedReader(runFile)) {
                    run.load(in);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read CRUD results from " + folder, e);
        }
        return new CrudResults(samples, backends, shapes, checks, run);
    }

    private static List<String[]> rows(Path file, int columns) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String[]> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] f = lines.get(i).split(",", -1);
            if (f.length != columns) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected " + columns + " comma-separated "
                        + "fields, got \"" + lines.get(i) + "\"");
            }
            rows.add(f);
        }
        return rows;
    }

    boolean isEmpty() {
        return samples.isEmpty();
    }

    /** Backend ids in the order they ran. */
    Set<String> backends() {
        return backends;
    }

    /** Shape numbers in the order they ran. */
    Set<Integer> shapes() {
        return shapes;
    }

    /** A setting or fact of the run from {@code run.properties}, or {@code fallback}. */
    String setting(String key, String fallback) {
        return run.getProperty(key, fallback);
    }

    /** Median rate (rows/s) of the measured rounds. */
    OptionalDouble rate(String backend, int shape, String contender, String op) {
        List<Double> rates = measured(backend, shape, contender, op).stream().map(Sample::rate).toList();
        return rates.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Stats.median(rates));
    }

    /** Rate of round 0, the first (cold) round. */
    OptionalDouble coldRate(String backend, int shape, String contender, String op) {
        return samples.getOrDefault(key(backend, shape, contender, op), List.of()).stream()
                .filter(s -> s.round() == 0).mapToDouble(Sample::rate).findFirst();
    }

    /** Geometric mean of the eleven median rates; empty when one is missing or zero. */
    OptionalDouble geometricMean(String backend, int shape, String contender) {
        return geometricMean(op -> rate(backend, shape, contender, op));
    }

    /** Geometric mean of the eleven cold rates. */
    OptionalDouble coldGeometricMean(String backend, int shape, String contender) {
        return geometricMean(op -> coldRate(backend, shape, contender, op));
    }

    /** Median heap bytes allocated per row over the measured rounds. */
    OptionalDouble allocationPerRow(String backend, int shape, String contender, String op) {
        List<Double> perRow = measured(backend, shape, contender, op).stream()
                .filter(s -> s.allocatedBytes() >= 0 && s.rows() > 0)
                .map(s -> (double) s.allocatedBytes() / s.rows()).toList();
        return perRow.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Stats.median(perRow));
    }

    /** How many measured rounds an operation has. */
    int measuredRounds(String backend, int shape, String contender, String op) {
        return measured(backend, shape, contender, op).size();
    }

    List<Check> checks() {
        return checks;
    }

    List<Check> failedChecks() {
        return checks.stream().filter(c -> !c.ok()).toList();
    }

    private interface RateOf {
        OptionalDouble of(String op);
    }

    private static OptionalDouble geometricMean(RateOf rates) {
        double logs = 0;
        for (String op : OPERATIONS) {
            OptionalDouble r = rates.of(op);
            if (r.isEmpty() || r.getAsDouble() <= 0) {
                return OptionalDouble.empty();
            }
            logs += Math.log(r.getAsDouble());
        }
        return OptionalDouble.of(Math.exp(logs / OPERATIONS.size()));
    }

    private List<Sample> measured(String backend, int shape, String contender, String op) {
        return samples.getOrDefault(key(backend, shape, contender, op), List.of()).stream()
                .filter(s -> !s.warmup()).toList();
    }

    private static String key(String backend, int shape, String contender, String op) {
        return backend + "|" + shape + "|" + contender + "|" + op;
    }
}
