package dev.tortoise.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report reads JMH's JSON and the cold-start timings, takes medians and judges the targets. */
class ReportWriterTest {

    @TempDir
    Path dir;

    @Test
    void mediansRatiosAndVerdictsComeFromTheInputs() throws IOException {
        Path json = dir.resolve("jmh.json");
        Files.writeString(json, "[" + String.join(",",
                run("tortoise.TortoiseBenchmark.init", "sqlite-memory", 200, "[[5.0, 4.0], [6.0, 100.0]]"),
                run("tortoise.TortoiseBenchmark.initScan", "sqlite-memory", 200, "[[12.0]]"),
                run("jdbc.JdbcBenchmark.connect", "sqlite-memory", 200, "[[1.0]]"),
                run("jdbc.JdbcBenchmark.init", "sqlite-memory", 200, "[[2.0]]"),
                run("hibernate.HibernateBenchmark.init", "sqlite-memory", 200, "[[275.0]]"),
                run("tortoise.TortoiseBenchmark.schema", "sqlite-memory", 200, "[[24.0]]"),
                run("jdbc.JdbcBenchmark.schemaEachStatement", "sqlite-memory", 200, "[[120.0]]"),
                run("jdbc.JdbcBenchmark.schemaOneTransaction", "sqlite-memory", 200, "[[20.0]]")) + "]");
        Path tsv = dir.resolve("cold.tsv");
        Files.writeString(tsv, """
                # comment
                tortoise\tsqlite-file\t200\t700
                tortoise\tsqlite-file\t200\t800
                tortoise\tsqlite-file\t200\t900
                jdbc\tsqlite-file\t200\t600
                hibernate\tsqlite-file\t200\t5000
                """);

        String md = ReportWriter.render(JmhResults.read(json), ColdStartResults.read(tsv),
                new MachineInfo("Test CPU", 2, "1.0 GiB", "TestOS"), "Profiled: nothing to remove.", "short", false);

        // init median of 4, 5, 6, 100 is 5.5; the floor is the faster JDBC way (1 ms)
        assertTrue(md.contains("| sqlite-memory | 200 | 5.50 | 12.0 | 1.00 | 2.00 | 275 | 5.50× | 2.18× | 50× |"), md);
        assertTrue(md.contains("| init, explicit list, N = 200, sqlite-memory: ≤ 8 ms | 5.50 ms | **yes** |"), md);
        assertTrue(md.contains("| Hibernate init ≥ 30× ours (N = 200, sqlite-memory) | 50× | **yes** |"), md);
        assertTrue(md.contains("| init by scan within 3× of the list, N = 200, sqlite-memory | 2.18× | **yes** |"), md);
        assertTrue(md.contains("| schema within 1.15× of the fastest JDBC, N = 200, sqlite-memory | 1.20× | **no** |"), md);
        assertTrue(md.contains("| schema within 1.15× of the fastest JDBC, N = 200, postgres | – | not measured |"), md);
        assertTrue(md.contains("| whole process within 1.3× of plain JDBC, N = 200, sqlite-file | 1.33× | **no** |"), md);
        assertTrue(md.contains("| sqlite-file | 200 | 800 | 600 | 5000 | 1 | 1.33× | 6.25× |"), md);
        assertTrue(md.contains("Test CPU (2 logical cores)"), md);
        assertTrue(md.contains("25.0.3 (OpenJDK 64-Bit Server VM 25.0.3+9-LTS)"), md);
        assertTrue(md.contains("## Notes\n\nProfiled: nothing to remove."), md);
    }

    @Test
    void aMalformedColdStartLineIsReportedWithFileAndLine() throws IOException {
        Path tsv = dir.resolve("bad.tsv");
        Files.writeString(tsv, "tortoise sqlite-file 200 700\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ColdStartResults.read(tsv));
        assertEquals(tsv + ":1: expected <contender> <backend> <n> <milliseconds> separated by tabs, "
                + "got \"tortoise sqlite-file 200 700\"", e.getMessage());
    }

    @Test
    void missingInputsGiveAReportThatSaysNothingWasMeasured() {
        String md = ReportWriter.render(JmhResults.read(dir.resolve("none.json")),
                ColdStartResults.read(dir.resolve("none.tsv")), new MachineInfo("cpu", 2, "1 GiB", "os"), "", "", true);
        assertTrue(md.contains("| init, explicit list, N = 200, sqlite-memory: ≤ 8 ms | – | not measured |"), md);
        assertTrue(md.contains("Not measured in this run."), md);
        assertTrue(md.contains("> **Smoke run (`PROFILE=smoke`)"), md);
    }

    private static String run(String benchmark, String backend, int n, String rawData) {
        return String.format(Locale.ROOT, """
                {"jmhVersion": "1.37", "benchmark": "dev.tortoise.bench.%s", "mode": "ss", "forks": 2,
                 "jdkVersion": "25.0.3", "vmName": "OpenJDK 64-Bit Server VM", "vmVersion": "25.0.3+9-LTS",
                 "warmupIterations": 2, "measurementIterations": 3,
                 "params": {"backend": "%s", "n": "%d"},
                 "primaryMetric": {"score": 1.0, "scoreUnit": "ms/op", "rawData": %s}}""",
                benchmark, backend, n, rawData);
    }
}
