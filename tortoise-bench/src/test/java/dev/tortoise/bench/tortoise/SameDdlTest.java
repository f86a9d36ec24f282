package dev.tortoise.bench.tortoise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tortoise.Tortoise;
import dev.tortoise.bench.Backend;
import dev.tortoise.bench.BenchDatabase;
import dev.tortoise.bench.Servers;
import dev.tortoise.bench.Shapes;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The schema benchmark compares like with like: the DDL Tortoise generates for the shape is, statement
 * for statement, the hand-written DDL that plain JDBC executes, on every dialect.
 */
class SameDdlTest {

    @ParameterizedTest
    @ValueSource(strings = {"sqlite-memory", "postgres", "mysql"})
    void tortoiseGeneratesExactlyTheHandWrittenDdl(String backendId) {
        if (!Servers.availableBackends().contains(backendId)) {
            return; // Servers said why
        }
        Backend backend = Backend.of(backendId);
        for (int n : Shapes.COUNTS) {
            for (boolean scan : new boolean[] {false, true}) {
                try (BenchDatabase db = BenchDatabase.create(backend);
                     Tortoise tortoise = TortoiseContender.init(db, n, scan)) {
                    assertSameStatements(Shapes.ddlStatements(n, backend.dialect()),
                            Shapes.split(TortoiseContender.schemaSql(tortoise)),
                            backendId + ", N = " + n + (scan ? ", scanned" : ", listed"));
                }
            }
        }
    }

    /** Compares statement by statement, so a failure shows the first statement that differs. */
    private static void assertSameStatements(List<String> handWritten, List<String> generated, String where) {
        for (int i = 0; i < Math.min(handWritten.size(), generated.size()); i++) {
            assertEquals(handWritten.get(i), generated.get(i), where + ", statement " + (i + 1));
        }
        assertEquals(handWritten.size(), generated.size(), where + ": number of statements");
    }
}
