package dev.tortoise.bench.report;

import java.util.List;
import java.util.OptionalDouble;
import java.util.function.DoublePredicate;

/**
 * The targets of the benchmark issue, checked against the measured medians. A target that was not
 * measured is reported as such, never as met.
 */
final class Targets {

    static final int N = 200;
    static final double INIT_MILLIS = 8.0;
    static final double HIBERNATE_FACTOR = 30.0;
    static final double SCAN_FACTOR = 3.0;
    static final double SCHEMA_FACTOR = 1.15;
    static final double COLD_FACTOR = 1.3;

    private static final List<String> BACKENDS = List.of("sqlite-memory", "sqlite-file", "postgres", "mysql");

    private final JmhResults jmh;
    private final ColdStartResults cold;

    Targets(JmhResults jmh, ColdStartResults cold) {
        this.jmh = jmh;
        this.cold = cold;
    }

    /** The targets table: target, measured value, verdict. */
    MarkdownTable table() {
        MarkdownTable t = new MarkdownTable(3, "target", "measured", "met");
        OptionalDouble init = jmh.median("TortoiseBenchmark.init", "sqlite-memory", N);
        t.row("init, explicit list, N = 200, sqlite-memory: ≤ 8 ms", init.isPresent() ? Stats.millis(init) + " ms" : "–",
                verdict(init, v -> v <= INIT_MILLIS));
        OptionalDouble hibernate = Stats.ratio(jmh.median("HibernateBenchmark.init", "sqlite-memory", N), init);
        t.row("Hibernate init ≥ 30× ours (N = 200, sqlite-memory)", Stats.times(hibernate),
                verdict(hibernate, v -> v >= HIBERNATE_FACTOR));
        for (String backend : BACKENDS) {
            OptionalDouble scan = Stats.ratio(jmh.median("TortoiseBenchmark.initScan", backend, N),
                    jmh.median("TortoiseBenchmark.init", backend, N));
            t.row("init by scan within 3× of the list, N = 200, " + backend, Stats.times(scan),
                    verdict(scan, v -> v <= SCAN_FACTOR));
        }
        for (String backend : BACKENDS) {
            OptionalDouble schema = Stats.ratio(jmh.median("TortoiseBenchmark.schema", backend, N),
                    fastestJdbcSchema(jmh, backend, N));
            t.row("schema within 1.15× of the fastest JDBC, N = 200, " + backend, Stats.times(schema),
                    verdict(schema, v -> v <= SCHEMA_FACTOR));
        }
        for (String backend : BACKENDS) {
            OptionalDouble process = Stats.ratio(cold.median("tortoise", backend, N), cold.median("jdbc", backend, N));
            if (process.isPresent() || backend.equals("sqlite-file")) {
                t.row("whole process within 1.3× of plain JDBC, N = 200, " + backend, Stats.times(process),
                        verdict(process, v -> v <= COLD_FACTOR));
            }
        }
        return t;
    }

    /** The faster of JDBC's two ways of running the DDL. */
    static OptionalDouble fastestJdbcSchema(JmhResults jmh, String backend, int n) {
        return Stats.min(jmh.median("JdbcBenchmark.schemaEachStatement", backend, n),
                jmh.median("JdbcBenchmark.schemaOneTransaction", backend, n));
    }

    /** The faster of JDBC's two start-up floors (one connection; a pool). */
    static OptionalDouble jdbcInitFloor(JmhResults jmh, String backend, int n) {
        return Stats.min(jmh.median("JdbcBenchmark.connect", backend, n), jmh.median("JdbcBenchmark.init", backend, n));
    }

    private static String verdict(OptionalDouble value, DoublePredicate check) {
        if (value.isEmpty()) {
            return "not measured";
        }
        return check.test(value.getAsDouble()) ? "**yes**" : "**no**";
    }
}
