package dev.tortoise.bench.report;

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
 * Whole-process timings written by {@code cold-start.sh}: one line per run,
 * {@code <contender>\t<backend>\t<n>\t<milliseconds>}; lines starting with {@code #} are comments.
 */
final class ColdStartResults {

    private final Map<String, List<Double>> runs;

    private ColdStartResults(Map<String, List<Double>> runs) {
        this.runs = runs;
    }

    /**
     * Reads the file; a missing file gives no results.
     *
     * @throws IllegalArgumentException naming the file and line when a line is malformed
     */
    static ColdStartResults read(Path file) {
        Map<String, List<Double>> runs = new HashMap<>();
        if (!Files.exists(file)) {
            return new ColdStartResults(runs);
        }
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 4) {
                    throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected "
                            + "<contender> <backend> <n> <milliseconds> separated by tabs, got \"" + line + "\"");
                }
                runs.computeIfAbsent(key(f[0], f[1], Integer.parseInt(f[2])), k -> new ArrayList<>())
                        .add(Double.parseDouble(f[3]));
            }
            return new ColdStartResults(runs);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read cold-start results from " + file, e);
        }
    }

    /** Median wall time of the runs of a contender ({@code tortoise}, {@code jdbc}, {@code hibernate}). */
    OptionalDouble median(String contender, String backend, int n) {
        List<Double> values = runs.get(key(contender, backend, n));
        return values == null ? OptionalDouble.empty() : OptionalDouble.of(Stats.median(values));
    }

    /** Number of runs of a contender. */
    int runs(String contender, String backend, int n) {
        return runs.getOrDefault(key(contender, backend, n), List.of()).size();
    }

    boolean isEmpty() {
        return runs.isEmpty();
    }

    private static String key(String contender, String backend, int n) {
        return contender + "|" + backend + "|" + n;
    }
}
