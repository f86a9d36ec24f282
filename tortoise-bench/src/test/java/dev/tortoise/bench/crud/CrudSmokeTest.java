package dev.tortoise.bench.crud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tortoise.bench.Backend;
import dev.tortoise.bench.report.CrudReportWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole CRUD pipeline in a few seconds: a tiny N, one round, SQLite, all three contenders on
 * shape 2 (the one with relations), every correctness check passing, and the report section
 * rendered into a document whose other content stays as it was.
 */
class CrudSmokeTest {

    @TempDir
    Path dir;

    @Test
    void everyContenderRunsAToKCorrectlyAndTheSectionRenders() throws IOException {
        Path results = dir.resolve("crud");
        CrudOptions options = new CrudOptions(20, 2, 0, 1, List.of(Backend.SQLITE_FILE), List.of(Shape.TWO),
                CrudOptions.CONTENDERS, 13, results);

        assertEquals(0, CrudSuite.run(options), () -> read(results.resolve(CrudResultFiles.CHECKS)));

        // 3 contenders × (11 operations + count after C + count after K)
        assertEquals(1 + 3 * 13, Files.readAllLines(results.resolve(CrudResultFiles.CHECKS)).size());
        Path doc = dir.resolve("benchmarks.md");
        Files.writeString(doc, "# Start-up\n\nkept as it is\n");
        CrudReportWriter.write(results, dir.resolve("no-notes.md"), doc);
        String md = Files.readString(doc);
        assertTrue(md.startsWith("# Start-up\n\nkept as it is\n\n<!-- crud-suite:start -->\n## Runtime: the CRUD suite"), md);
        assertTrue(md.contains("| Correctness checks | all 39 passed |"), md);
        for (Operation op : Operation.values()) {
            // a rate for each contender, then the two ratios
            Pattern row = Pattern.compile("\\| " + op.name() + " \\| [^|]+ \\| [\\d,]+ \\| [\\d,]+ \\| [\\d,]+ \\| [\\d.]+× \\| [\\d.]+× \\|");
            assertTrue(row.matcher(md).find(), op + " row missing or incomplete in\n" + md);
        }
        assertTrue(md.contains("| SQLite | 2 | D |"), md);
        assertTrue(md.strip().endsWith("<!-- crud-suite:end -->"), md);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "cannot read " + file + ": " + e;
        }
    }
}
