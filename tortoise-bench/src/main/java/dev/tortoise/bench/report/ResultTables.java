package dev.tortoise.bench.report;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The result tables of the report, one per operation, each row a backend and N with our median,
 * the JDBC floor, Hibernate, and the two ratios that matter: ours / floor (lower is better, 1.00×
 * is the floor itself) and Hibernate / ours (how many times slower the incumbent is).
 */
final class ResultTables {

    static final List<String> BACKENDS = List.of("sqlite-memory", "sqlite-file", "postgres", "mysql");
    static final List<Integer> COUNTS = List.of(10, 50, 200);

    private final JmhResults jmh;
    private final ColdStartResults cold;

    ResultTables(JmhResults jmh, ColdStartResults cold) {
        this.jmh = jmh;
        this.cold = cold;
    }

    MarkdownTable init() {
        MarkdownTable t = new MarkdownTable(2, "backend", "N", "Tortoise (list)", "Tortoise (scan)",
                "JDBC connection", "JDBC pool", "Hibernate", "ours / floor", "scan / list", "Hibernate / ours");
        each((backend, n) -> {
            OptionalDouble ours = jmh.median("TortoiseBenchmark.init", backend, n);
            OptionalDouble scan = jmh.median("TortoiseBenchmark.initScan", backend, n);
            OptionalDouble hibernate = jmh.median("HibernateBenchmark.init", backend, n);
            t.row(backend, String.valueOf(n), Stats.millis(ours), Stats.millis(scan),
                    Stats.millis(jmh.median("JdbcBenchmark.connect", backend, n)),
                    Stats.millis(jmh.median("JdbcBenchmark.init", backend, n)), Stats.millis(hibernate),
                    Stats.times(Stats.ratio(ours, Targets.jdbcInitFloor(jmh, backend, n))),
                    Stats.times(Stats.ratio(scan, ours)), Stats.times(Stats.ratio(hibernate, ours)));
        });
        return t;
    }

    MarkdownTable schema() {
        MarkdownTable t = new MarkdownTable(2, "backend", "N", "Tortoise", "JDBC each statement",
                "JDBC one transaction", "Hibernate", "ours / fastest JDBC", "Hibernate / ours");
        each((backend, n) -> {
            OptionalDouble ours = jmh.median("TortoiseBenchmark.schema", backend, n);
            OptionalDouble hibernate = jmh.median("HibernateBenchmark.schema", backend, n);
            t.row(backend, String.valueOf(n), Stats.millis(ours),
                    Stats.millis(jmh.median("JdbcBenchmark.schemaEachStatement", backend, n)),
                    Stats.millis(jmh.median("JdbcBenchmark.schemaOneTransaction", backend, n)),
                    Stats.millis(hibernate),
                    Stats.times(Stats.ratio(ours, Targets.fastestJdbcSchema(jmh, backend, n))),
                    Stats.times(Stats.ratio(hibernate, ours)));
        });
        return t;
    }

    MarkdownTable initAndSchema() {
        return threeWay("initAndSchema");
    }

    MarkdownTable close() {
        return threeWay("close");
    }

    MarkdownTable coldStart() {
        MarkdownTable t = new MarkdownTable(2, "backend", "N", "Tortoise", "plain JDBC", "Hibernate", "runs",
                "ours / JDBC", "Hibernate / ours");
        eachCombination((backend, n) -> {
            OptionalDouble ours = cold.median("tortoise", backend, n);
            OptionalDouble jdbc = cold.median("jdbc", backend, n);
            OptionalDouble hibernate = cold.median("hibernate", backend, n);
            if (ours.isEmpty() && jdbc.isEmpty() && hibernate.isEmpty()) {
                return;
            }
            t.row(backend, String.valueOf(n), Stats.millis(ours), Stats.millis(jdbc), Stats.millis(hibernate),
                    String.valueOf(fewestRuns(backend, n)), Stats.times(Stats.ratio(ours, jdbc)),
                    Stats.times(Stats.ratio(hibernate, ours)));
        });
        return t;
    }

    /** The smallest number of runs among the contenders that ran: what each median rests on at least. */
    private int fewestRuns(String backend, int n) {
        return List.of("tortoise", "jdbc", "hibernate").stream()
                .mapToInt(c -> cold.runs(c, backend, n)).filter(r -> r > 0).min().orElse(0);
    }

    private MarkdownTable threeWay(String method) {
        MarkdownTable t = new MarkdownTable(2, "backend", "N", "Tortoise", "JDBC", "Hibernate", "ours / JDBC",
                "Hibernate / ours");
        each((backend, n) -> {
            OptionalDouble ours = jmh.median("TortoiseBenchmark." + method, backend, n);
            OptionalDouble jdbc = jmh.median("JdbcBenchmark." + method, backend, n);
            OptionalDouble hibernate = jmh.median("HibernateBenchmark." + method, backend, n);
            t.row(backend, String.valueOf(n), Stats.millis(ours), Stats.millis(jdbc), Stats.millis(hibernate),
                    Stats.times(Stats.ratio(ours, jdbc)), Stats.times(Stats.ratio(hibernate, ours)));
        });
        return t;
    }

    private interface Cell {
        void add(String backend, int n);
    }

    /** Visits every backend and N that has at least one JMH result. */
    private void each(Cell cell) {
        eachCombination((backend, n) -> {
            if (jmh.hasAny(backend, n)) {
                cell.add(backend, n);
            }
        });
    }

    private static void eachCombination(Cell cell) {
        for (String backend : BACKENDS) {
            for (int n : COUNTS) {
                cell.add(backend, n);
            }
        }
    }
}
