package dev.tortoise.bench.report;

import dev.tortoise.bench.crud.Operation;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The "Runtime: the CRUD suite" section of {@code docs/benchmarks.md}, rendered from the result
 * files of one suite run: how it was measured, the targets, the geometric means beside upstream's,
 * one table of rates per database and shape, allocation per row for D, G and H, the cold first
 * round, and the hand-written notes. Numbers that were not measured show as "–".
 */
final class CrudSection {

    private static final String[] CONTENDERS = {"tortoise", "jdbc", "hibernate"};

    private final CrudResults results;
    private final MachineInfo machine;
    private final String notes;

    CrudSection(CrudResults results, MachineInfo machine, String notes) {
        this.results = results;
        this.machine = machine;
        this.notes = notes;
    }

    /** The section, from its heading to the end of its notes (without the markers). */
    String render() {
        StringBuilder md = new StringBuilder("## Runtime: the CRUD suite\n\n");
        md.append("Written by `tortoise-bench/crud.sh` from the run of ").append(when(results.setting("started", "?")))
                .append(". Do not edit by hand: edit `tortoise-bench/crud-notes.md` or rerun the command.\n\n");
        if (isShortRun()) {
            md.append("> **Short run (N = ").append(results.setting("n", "?")).append(", ")
                    .append(results.setting("rounds", "?")).append(" measured round(s), ")
                    .append(results.setting("warmups", "?")).append(" warm-up): it checks the pipeline; the issue's "
                            + "measurement is N = 1000, one warm-up and at least 3 measured rounds.**\n\n");
        }
        md.append(METHOD);
        md.append(runTable().render()).append('\n');
        md.append("### Targets\n\nPer database and shape, from the medians below; \"+x% needed\" is how much faster "
                + "ours would have to be.\n\n").append(new CrudTargets(results).table().render()).append('\n');
        md.append("### Geometric means of the eleven operations (rows/s)\n\nUpstream: ").append(UpstreamFigures.SOURCE)
                .append(".\n\n").append(means().render()).append('\n');
        for (String backend : results.backends()) {
            for (int shape : results.shapes()) {
                md.append("### ").append(database(backend)).append(", shape ").append(shape).append(" (rows/s)\n\n")
                        .append(operations(backend, shape).render()).append('\n');
            }
        }
        md.append("### Allocation per row (bytes), D, G and H\n\nHeap allocated by the JVM while the operation ran, "
                + "over the rows it returned; median of the measured rounds. Measured as: ")
                .append(results.setting("allocation", "?")).append(".\n\n").append(allocation().render()).append('\n');
        md.append("### The cold first round (rows/s, geometric means)\n\nRound 0, the warm-up: the first time each "
                + "contender runs A–K on this database and shape in this JVM (contenders rotate, so the one that "
                + "runs first also warms the driver and pool code the others share).\n\n")
                .append(cold().render()).append('\n');
        if (!notes.isBlank()) {
            md.append(notes.strip()).append("\n\n");
        }
        md.append(REPRODUCE);
        return md.toString();
    }

    private boolean isShortRun() {
        return Integer.parseInt(results.setting("n", "0")) < 1000 || Integer.parseInt(results.setting("rounds", "0")) < 3
                || Integer.parseInt(results.setting("warmups", "0")) < 1;
    }

    private MarkdownTable runTable() {
        int checks = results.checks().size();
        int failed = results.failedChecks().size();
        StringBuilder servers = new StringBuilder();
        for (String backend : results.backends()) {
            servers.append(servers.isEmpty() ? "" : "; ").append(results.setting("server." + backend, backend));
        }
        return new MarkdownTable(2, "what", "value")
                .row("Machine", machine.cpu() + " (" + machine.cores() + " logical cores), " + machine.memory() + ", "
                        + machine.os())
                .row("JDK", results.setting("jdk", "?"))
                .row("Databases", servers.toString())
                .row("Run", "N = " + results.setting("n", "?") + ", C = " + results.setting("workers", "?")
                        + " workers (virtual threads), " + results.setting("warmups", "?") + " warm-up + "
                        + results.setting("rounds", "?") + " measured rounds, seed " + results.setting("seed", "?"))
                .row("Correctness checks", failed == 0 ? "all " + checks + " passed"
                        : "**" + failed + " of " + checks + " FAILED** (see checks.csv)");
    }

    private MarkdownTable means() {
        MarkdownTable t = new MarkdownTable(2, "database", "shape", "Tortoise", "JDBC", "Hibernate", "upstream",
                "ours / JDBC", "ours / Hibernate", "ours / upstream");
        for (String backend : results.backends()) {
            for (int shape : results.shapes()) {
                OptionalDouble ours = results.geometricMean(backend, shape, "tortoise");
                OptionalDouble jdbc = results.geometricMean(backend, shape, "jdbc");
                OptionalDouble hibernate = results.geometricMean(backend, shape, "hibernate");
                OptionalDouble upstream = UpstreamFigures.geometricMean(backend, shape);
                t.row(database(backend), String.valueOf(shape), rate(ours), rate(jdbc), rate(hibernate), rate(upstream),
                        Stats.times(Stats.ratio(ours, jdbc)), Stats.times(Stats.ratio(ours, hibernate)),
                        Stats.times(Stats.ratio(ours, upstream)));
            }
        }
        return t;
    }

    private MarkdownTable operations(String backend, int shape) {
        MarkdownTable t = new MarkdownTable(2, "operation", "what", "Tortoise", "JDBC", "Hibernate", "ours / JDBC",
                "ours / Hibernate");
        for (String op : CrudResults.OPERATIONS) {
            OptionalDouble ours = results.rate(backend, shape, "tortoise", op);
            OptionalDouble jdbc = results.rate(backend, shape, "jdbc", op);
            OptionalDouble hibernate = results.rate(backend, shape, "hibernate", op);
            t.row(op, Operation.valueOf(op).title(), rate(ours), rate(jdbc), rate(hibernate),
                    Stats.times(Stats.ratio(ours, jdbc)), Stats.times(Stats.ratio(ours, hibernate)));
        }
        OptionalDouble ours = results.geometricMean(backend, shape, "tortoise");
        OptionalDouble jdbc = results.geometricMean(backend, shape, "jdbc");
        OptionalDouble hibernate = results.geometricMean(backend, shape, "hibernate");
        t.row("**mean**", "geometric mean", rate(ours), rate(jdbc), rate(hibernate), Stats.times(Stats.ratio(ours, jdbc)),
                Stats.times(Stats.ratio(ours, hibernate)));
        return t;
    }

    private MarkdownTable allocation() {
        MarkdownTable t = new MarkdownTable(3, "database", "shape", "operation", "Tortoise", "JDBC", "Hibernate",
                "ours / JDBC");
        for (String backend : results.backends()) {
            for (int shape : results.shapes()) {
                for (String op : new String[] {"D", "G", "H"}) {
                    OptionalDouble[] bytes = new OptionalDouble[CONTENDERS.length];
                    for (int c = 0; c < CONTENDERS.length; c++) {
                        bytes[c] = results.allocationPerRow(backend, shape, CONTENDERS[c], op);
                    }
                    t.row(database(backend), String.valueOf(shape), op, rate(bytes[0]), rate(bytes[1]), rate(bytes[2]),
                            Stats.times(Stats.ratio(bytes[0], bytes[1])));
                }
            }
        }
        return t;
    }

    private MarkdownTable cold() {
        MarkdownTable t = new MarkdownTable(2, "database", "shape", "Tortoise", "JDBC", "Hibernate", "ours / JDBC",
                "ours / Hibernate");
        for (String backend : results.backends()) {
            for (int shape : results.shapes()) {
                OptionalDouble ours = results.coldGeometricMean(backend, shape, "tortoise");
                OptionalDouble jdbc = results.coldGeometricMean(backend, shape, "jdbc");
                OptionalDouble hibernate = results.coldGeometricMean(backend, shape, "hibernate");
                t.row(database(backend), String.valueOf(shape), rate(ours), rate(jdbc), rate(hibernate),
                        Stats.times(Stats.ratio(ours, jdbc)), Stats.times(Stats.ratio(ours, hibernate)));
            }
        }
        return t;
    }

    /** An instant from {@code run.properties} as {@code 2026-12-03 09:12 UTC}; anything else as it is. */
    static String when(String instant) {
        try {
            return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC)
                    .format(Instant.parse(instant));
        } catch (DateTimeParseException e) {
            return instant;
        }
    }

    /** The database's name in the tables. */
    static String database(String backend) {
        return switch (backend) {
            case "sqlite-file" -> "SQLite";
            case "sqlite-memory" -> "SQLite (memory)";
            case "postgres" -> "PostgreSQL";
            case "mysql" -> "MariaDB";
            default -> backend;
        };
    }

    /** A rate or byte count as a whole number with thousands separators. */
    static String rate(OptionalDouble value) {
        return value.isEmpty() ? "–" : String.format(Locale.ROOT, "%,.0f", value.getAsDouble());
    }

    private static final String METHOD = """
            Upstream's eleven operations ([tortoise/orm-benchmarks](https://github.com/tortoise/orm-benchmarks),
            tests A–K) on one table `journal`: N rows per insert operation and C workers (the issue's N = 1000
            and C = 10; the run table says what ran), each worker a virtual thread; all workers of an
            operation are released together and the operation's time is the wall time until the last
            one ends. Rows/s is the rows the workers report (counted from what
            came back) over that time; a rate below is the median of the measured rounds, and a mean is the
            geometric mean of the eleven. The three contenders run in the same JVM on the same machine, each
            on a fresh database of its own (a temporary file for SQLite, a `CREATE DATABASE` for servers),
            interleaved: every round runs each contender's whole A–K sequence on a newly created table, in an
            order that rotates from round to round. After C and after K the table's row count is checked, and
            every operation's rows against the round's plan, so a fast wrong answer fails the run.

            - **Tortoise** (ours): as the README shows it: `Manager.of(Journal.class).create(...)`,
              `inTransaction`, `bulkCreate`, `filter("level", ℓ).list()`, `.limit(20).offset(r)`,
              `get("id", k)`, `.values()`, `.valuesList()`, `save()`, `save("level")`, `delete()`.
            - **JDBC** (the floor): hand-written prepared statements on a HikariCP pool sized and configured
              as Tortoise's (one connection for SQLite, 1–5 for servers; `reWriteBatchedInserts` on
              PostgreSQL), rows mapped to plain classes with every column read (G: a map per row, H: a list);
              a connection borrowed per statement, or per transaction; C is one JDBC batch in one
              transaction that does not read generated keys back.
            - **Hibernate ORM 7** through JPA on the same kind of pool: `persist` in transactions (A one per
              row), JPQL with `setFirstResult`/`setMaxResults`, `find` in its own `EntityManager` per get,
              dirty checking (I, J), `remove` (K), `hibernate.jdbc.batch_size = 50`; G reads `Tuple`s and H
              `Object[]`s from a JPQL select of every column. Its identity keys keep inserts out of JDBC
              batches, so its C is B with batching on.

            As upstream, I, J and K load each worker's 3N/C − 1 rows before the clock starts, then change
            them in one transaction per worker; E's offsets are random in [0, N − 20) (a page past the end of
            a level returns fewer rows, or none); F gets 2N keys among the first N − 1 rows.

            """;

    private static final String REPRODUCE = """
            ### Reproduce the CRUD suite

            ```
            tortoise-bench/crud.sh                              # N = 1000, 1 warm-up + 3 rounds, every database and shape
            ROUNDS=5 BACKENDS=postgres SHAPES=1 tortoise-bench/crud.sh
            JFR=1 CONTENDERS=tortoise tortoise-bench/crud.sh     # a JFR recording in tortoise-bench/target/crud/
            ```

            """;
}
