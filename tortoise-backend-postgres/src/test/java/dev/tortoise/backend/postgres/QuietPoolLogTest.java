package dev.tortoise.backend.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tortoise.spi.DbClient;
import dev.tortoise.testing.RequiresPostgres;
import dev.tortoise.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Test output a person can read: HikariCP announces every pool it starts and stops at INFO, which
 * made hundreds of lines in a test run. The build keeps its logger at WARN (the parent POM's
 * surefire settings), so starting and closing a pool prints nothing.
 */
@RequiresPostgres
class QuietPoolLogTest {

    @RegisterExtension
    static final TestDatabase DB = TestDatabase.postgres();

    @Test
    void startingAndClosingAPoolPrintsNothing() {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            DbClient client = DB.newClient("quiet", Map.of());
            client.executeQueryDict("SELECT 1");
            client.close();
        } finally {
            System.setErr(original);
        }
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
    }
}
