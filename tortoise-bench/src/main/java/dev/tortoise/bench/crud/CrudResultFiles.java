package dev.tortoise.bench.crud;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Properties;

/**
 * The machine-readable output of a suite run, in one folder:
 * <ul>
 *   <li>{@code results.csv}: {@code backend,shape,contender,round,warmup,operation,rows,nanos,allocated_bytes},
 *       one line per operation run; round 0 is the first (cold) round;</li>
 *   <li>{@code checks.csv}: {@code backend,shape,contender,round,check,expected,actual,ok}, one line per
 *       correctness check;</li>
 *   <li>{@code run.properties}: the settings, the JVM, when it ran, how allocation was measured.</li>
 * </ul>
 * Lines are flushed as they are written, so a run that dies keeps what it measured. Not thread-safe:
 * the runner writes from one thread.
 */
final class CrudResultFiles implements AutoCloseable {

    static final String RESULTS = "results.csv";
    static final String CHECKS = "checks.csv";
    static final String RUN = "run.properties";

    private final Path folder;
    private final BufferedWriter results;
    private final BufferedWriter checks;
    private final Properties run = new Properties();
    private int failedChecks;

    CrudResultFiles(Path folder, CrudOptions options) {
        this.folder = folder;
        try {
            Files.createDirectories(folder);
            results = Files.newBufferedWriter(folder.resolve(RESULTS), StandardCharsets.UTF_8);
            checks = Files.newBufferedWriter(folder.resolve(CHECKS), StandardCharsets.UTF_8);
            line(results, "backend,shape,contender,round,warmup,operation,rows,nanos,allocated_bytes");
            line(checks, "backend,shape,contender,round,check,expected,actual,ok");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write results to " + folder, e);
        }
        run.setProperty("n", String.valueOf(options.n()));
        run.setProperty("workers", String.valueOf(options.workers()));
        run.setProperty("warmups", String.valueOf(options.warmups()));
        run.setProperty("rounds", String.valueOf(options.rounds()));
        run.setProperty("seed", String.valueOf(options.seed()));
        run.setProperty("backends", String.join(",", options.backends().stream().map(b -> b.id()).toList()));
        run.setProperty("shapes", String.join(",", options.shapes().stream().map(s -> String.valueOf(s.number())).toList()));
        run.setProperty("contenders", String.join(",", options.contenders()));
        run.setProperty("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        run.setProperty("started", Instant.now().toString());
        run.setProperty("allocation", AllocationMeter.method());
    }

    void operation(String backend, int shape, String contender, int round, boolean warmup, Operation op,
            OperationTimer.Measurement m) {
        line(results, String.format(Locale.ROOT, "%s,%d,%s,%d,%b,%s,%d,%d,%d", backend, shape, contender, round, warmup,
                op.name(), m.rows(), m.nanos(), m.allocatedBytes()));
    }

    void check(String backend, int shape, String contender, int round, String check, long expected, long actual) {
        boolean ok = expected == actual;
        if (!ok) {
            failedChecks++;
        }
        line(checks, String.format(Locale.ROOT, "%s,%d,%s,%d,%s,%d,%d,%b", backend, shape, contender, round,
                check.replace(',', ';'), expected, actual, ok));
    }

    /** A check that could not be made because the operation failed; {@code why} is the error. */
    void failure(String backend, int shape, String contender, int round, String why) {
        failedChecks++;
        line(checks, String.format(Locale.ROOT, "%s,%d,%s,%d,%s,-1,-1,false", backend, shape, contender, round,
                ("failed: " + why).replace(',', ';').replace('\n', ' ')));
    }

    /** Records a fact about the run in {@code run.properties}. */
    void note(String key, String value) {
        run.setProperty(key, value);
    }

    int failedChecks() {
        return failedChecks;
    }

    Path folder() {
        return folder;
    }

    @Override
    public void close() {
        run.setProperty("finished", Instant.now().toString());
        run.setProperty("failed_checks", String.valueOf(failedChecks));
        try (var out = Files.newBufferedWriter(folder.resolve(RUN), StandardCharsets.UTF_8)) {
            results.close();
            checks.close();
            run.store(out, "tortoise-bench CRUD suite");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot finish the result files in " + folder, e);
        }
    }

    private static void line(BufferedWriter out, String text) {
        try {
            out.write(text);
            out.newLine();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a result line", e);
        }
    }
}
