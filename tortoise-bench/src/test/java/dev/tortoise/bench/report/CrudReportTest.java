package dev.tortoise.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CRUD section takes medians of the measured rounds, geometric means, and judges the targets. */
class CrudReportTest {

    private static final String[] OPS = {"A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K"};

    @TempDir
    Path dir;

    @Test
    void mediansMeansRatiosAndVerdictsComeFromTheResultFiles() throws IOException {
        StringBuilder csv = new StringBuilder("backend,shape,contender,round,warmup,operation,rows,nanos,allocated_bytes\n");
        for (String op : OPS) {
            // 1000 rows; the warm-up round is slow and must not count; measured rounds 1 s, 2 s, 4 s for ours
            csv.append(line("tortoise", 0, true, op, 10_000_000_000L));
            csv.append(line("tortoise", 1, false, op, 1_000_000_000L));
            csv.append(line("tortoise", 2, false, op, 2_000_000_000L));
            csv.append(line("tortoise", 3, false, op, 4_000_000_000L));
            csv.append(line("jdbc", 1, false, op, op.equals("K") ? 200_000_000L : 1_000_000_000L));
            csv.append(line("hibernate", 1, false, op, 4_000_000_000L));
        }
        Files.writeString(dir.resolve("results.csv"), csv);
        Files.writeString(dir.resolve("checks.csv"), "backend,shape,contender,round,check,expected,actual,ok\n"
                + "postgres,1,tortoise,1,rows after K,10,10,true\n");
        Files.writeString(dir.resolve("run.properties"), "n=1000\nworkers=10\nwarmups=1\nrounds=3\n");

        CrudResults results = CrudResults.read(dir);
        assertEquals(500.0, results.rate("postgres", 1, "tortoise", "A").getAsDouble(), 1e-9);
        assertEquals(100.0, results.coldRate("postgres", 1, "tortoise", "A").getAsDouble(), 1e-9);
        // JDBC: ten operations at 1000 rows/s and K at 5000 rows/s
        assertEquals(Math.pow(5000, 1.0 / 11) * Math.pow(1000, 10.0 / 11),
                results.geometricMean("postgres", 1, "jdbc").getAsDouble(), 1e-6);
        assertEquals(100.0, results.allocationPerRow("postgres", 1, "tortoise", "D").getAsDouble(), 1e-9);

        String md = new CrudSection(results, new MachineInfo("cpu", 2, "1 GiB", "os"), "### Notes\n\nwhy").render();
        assertTrue(md.contains("| PostgreSQL | 1 | 500 | 1,158 | 250 | 21,932 | 0.43× | 2.00× | 0.02× |"), md);
        assertTrue(md.contains("| PostgreSQL | 1 | **no** (0.43×; +97% needed) | **no** (0.10×; +500% needed), lowest K "
                + "| yes (2.00×) | **no** (0.02×; +13059% needed) |"), md);
        assertTrue(md.contains("| K | delete | 500 | 5,000 | 250 | 0.10× | 2.00× |"), md);
        assertTrue(md.contains("| Correctness checks | all 1 passed |"), md);
        assertTrue(md.contains("### Notes\n\nwhy"), md);
        assertTrue(!md.contains("Short run"), md);
    }

    @Test
    void aTargetThatWasNotMeasuredIsNeverMet() {
        assertEquals("not measured", CrudTargets.verdict(OptionalDouble.empty(), 2.0));
        assertEquals("yes (2.00×)", CrudTargets.verdict(OptionalDouble.of(2.0), 2.0));
    }

    @Test
    void theMarkedSectionIsReplacedInPlaceAndKeptWhenTheRestIsRewritten() {
        String doc = "# Report\n\nold start-up\n";
        String once = MarkedSection.splice(doc, "## CRUD\n\nfirst");
        assertEquals("# Report\n\nold start-up\n\n<!-- crud-suite:start -->\n## CRUD\n\nfirst\n<!-- crud-suite:end -->\n", once);
        String twice = MarkedSection.splice(once, "## CRUD\n\nsecond");
        assertEquals(once.replace("first", "second"), twice);
        assertEquals("# Report\n\nnew start-up\n\n<!-- crud-suite:start -->\n## CRUD\n\nsecond\n<!-- crud-suite:end -->\n",
                MarkedSection.keep(twice, "# Report\n\nnew start-up\n"));
        assertEquals("# fresh\n", MarkedSection.keep("# no section\n", "# fresh\n"));
    }

    private static String line(String contender, int round, boolean warmup, String op, long nanos) {
        return String.format(Locale.ROOT, "postgres,1,%s,%d,%b,%s,1000,%d,100000%n", contender, round, warmup, op, nanos);
    }
}
