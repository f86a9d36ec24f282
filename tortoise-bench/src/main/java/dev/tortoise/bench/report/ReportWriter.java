package dev.tortoise.bench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes {@code docs/benchmarks.md} from a JMH JSON result file and the cold-start timings, with the
 * machine, the JDK, the date, the targets and whether each is met, and the hand-written notes. The
 * CRUD suite's section ({@link CrudReportWriter}) already in the file is carried over unchanged.
 *
 * <p>Usage: {@code ReportWriter --jmh <json> --cold <tsv> --notes <md> --out <md> [--profile <text>]
 * [--smoke true]}; {@code --smoke true} marks the report as a pipeline check, not a measurement.
 * Missing inputs leave their tables out (or mark targets "not measured"); nothing is invented.
 */
public final class ReportWriter {

    private ReportWriter() {
    }

    /** Entry point; see the class comment. */
    public static void main(String[] args) {
        Map<String, String> options = options(args);
        JmhResults jmh = JmhResults.read(Path.of(options.getOrDefault("--jmh", "jmh.json")));
        ColdStartResults cold = ColdStartResults.read(Path.of(options.getOrDefault("--cold", "cold-start.tsv")));
        String notes = readOptional(Path.of(options.getOrDefault("--notes", "tortoise-bench/report-notes.md")));
        Path out = Path.of(options.getOrDefault("--out", "docs/benchmarks.md"));
        boolean smoke = Boolean.parseBoolean(options.getOrDefault("--smoke", "false"));
        String report = render(jmh, cold, MachineInfo.read(), notes, options.getOrDefault("--profile", ""), smoke);
        try {
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            // The CRUD suite's section is written by crud.sh; rewriting the start-up report keeps it.
            if (Files.exists(out)) {
                report = MarkedSection.keep(Files.readString(out), report);
            }
            Files.writeString(out, report, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report to " + out, e);
        }
        System.out.println("Wrote " + out.toAbsolutePath());
    }

    static String render(JmhResults jmh, ColdStartResults cold, MachineInfo machine, String notes, String profile,
            boolean smoke) {
        ResultTables tables = new ResultTables(jmh, cold);
        JmhResults.RunInfo run = jmh.info();
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks: start-up and schema generation\n\n");
        if (smoke) {
            md.append(SMOKE_WARNING);
        }
        md.append("Written by `tortoise-bench/report.sh` on ")
                .append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                .append(". Do not edit by hand: edit `tortoise-bench/report-notes.md` or rerun the command.\n\n");
        md.append("Every number is a median in milliseconds of single-shot calls, each on fresh state. "
                + "Ours is Tortoise for Java; the floor is plain JDBC doing the same work with hand-written "
                + "DDL; the incumbent is Hibernate ORM 7 on JPA twins of the same models. All three run "
                + "side by side in one JMH run.\n\n");
        md.append("## Machine\n\n");
        md.append(new MarkdownTable(2, "what", "value")
                .row("CPU", machine.cpu() + " (" + machine.cores() + " logical cores)")
                .row("Memory", machine.memory())
                .row("OS", machine.os())
                .row("JDK", run.jdkVersion() + " (" + run.vmName() + " " + run.vmVersion() + ")")
                .row("JMH profile", run.forks() + " forks × (" + run.warmups() + " warm-up + " + run.iterations()
                        + " measured) single-shot calls per benchmark and parameter set")
                .row("Run", profile.isBlank() ? "–" : profile)
                .render()).append('\n');
        md.append("## Targets\n\n").append(new Targets(jmh, cold).table().render()).append('\n');
        section(md, "Init: to a usable instance (ms)", tables.init(),
                "Ours: `Tortoise.init` plus the first round trip (`connection(\"default\").ping()`), from the "
                        + "`@Models` list or by scanning the package. Floor: the faster of one `DriverManager` "
                        + "connection and a HikariCP pool, each with its first `SELECT 1`. Hibernate: the same "
                        + "pool plus the `SessionFactory` bootstrap without DDL.");
        section(md, "Schema generation on an empty database (ms)", tables.schema(),
                "Ours: `generateSchemas(false)`. Floor: the same DDL, hand-written, one auto-committed "
                        + "statement at a time, or as one batch in one transaction (MySQL commits every DDL "
                        + "statement anyway). Hibernate: `SchemaManager.create(false)`.");
        section(md, "Init and schema, end to end (ms)", tables.initAndSchema(),
                "Ours: init plus `generateSchemas(false)`. Floor: pool plus the DDL read from the class path "
                        + "and run in one transaction. Hibernate: bootstrap with `create-only` schema tooling.");
        section(md, "Close (ms)", tables.close(),
                "Closing what the init benchmark opened: our instance, the pool, the SessionFactory and its pool.");
        section(md, "Cold start: a whole process (ms)", tables.coldStart(),
                "Wall time of `java -cp benchmarks.jar <main> <backend> <N> <database>` from start to exit, "
                        + "median of the runs: init, create the schema, close. Plain JDBC: one `DriverManager` "
                        + "connection and the DDL in one transaction. The JVM start-up a user feels is included.");
        md.append(SHAPE);
        if (!notes.isBlank()) {
            md.append("## Notes\n\n").append(notes.strip()).append("\n\n");
        }
        md.append(REPRODUCE);
        return md.toString();
    }

    private static void section(StringBuilder md, String title, MarkdownTable table, String method) {
        md.append("## ").append(title).append("\n\n").append(method).append("\n\n");
        md.append(table.isEmpty() ? "Not measured in this run.\n" : table.render()).append('\n');
    }

    private static final String SMOKE_WARNING = "> **Smoke run (`PROFILE=smoke`): one cold call per benchmark, "
            + "taken to check the pipeline. These numbers are not measurements; run `tortoise-bench/report.sh` "
            + "on a quiet machine for the report.**\n\n";

    private static final String SHAPE = """
            ## The model shape

            Generated at build time for N = 10, 50 and 200 by `tortoise-bench/src/generator`; every
            contender works on the same N tables. Model `i` (table `m000` …) has an automatic `id`;
            `name` VARCHAR(100) with its own index, `code` VARCHAR(20), `body` TEXT NULL, `active` BOOL,
            `amount` DECIMAL(12,2), `quantity` INT, `created` DATETIME; a chain of foreign keys (`prev` →
            model `i-1`, NOT NULL, CASCADE) and a binary tree (`parent` → model `(i-1)/2`, NULL, SET NULL);
            every tenth model a many-to-many to model `i-9` through its own table with a unique index;
            every third model `unique_together (name, code)`; every fourth a composite index over
            `(active, created)`. N = 200: 220 tables, 398 foreign keys, 250 indexes, 67 unique constraints.
            The Tortoise models come twice (with `@Models` on `package-info`, and without, to be scanned);
            the JPA twins map only the owning side of each association.

            """;

    private static final String REPRODUCE = """
            ## Reproduce

            ```
            tortoise-bench/report.sh            # short profile, minutes; writes this file
            PROFILE=full tortoise-bench/report.sh   # the benchmarks' own settings (3 forks, 5 + 10 calls)
            java -jar tortoise-bench/target/benchmarks.jar -h   # JMH directly, e.g. -p n=200 -p backend=postgres
            java -jar tortoise-bench/target/benchmarks.jar TortoiseBenchmark.init -prof jfr   # a JFR recording per fork
            ```
            """;

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("Expected --option value pairs, got \"" + args[i] + "\"; "
                        + "options: --jmh, --cold, --notes, --out, --profile, --smoke");
            }
            options.put(args[i], args[++i]);
        }
        return options;
    }

    private static String readOptional(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
