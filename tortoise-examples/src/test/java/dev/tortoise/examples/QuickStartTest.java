package dev.tortoise.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quick start does what the README says, on a fresh SQLite file. */
class QuickStartTest {

    @Test
    void initsGeneratesWritesReadsAndCloses(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("quickstart.sqlite3");
        String output = captureOutput(() -> QuickStart.main(new String[] {"sqlite://" + file}));

        assertTrue(output.contains("CREATE TABLE IF NOT EXISTS \"tournament\""), output);
        assertTrue(output.contains("CREATE TABLE IF NOT EXISTS \"event\""), output);
        assertTrue(output.contains("Events with a prize over 500:\n  Final (1000.00) in World Cup\n"), output);
        assertTrue(output.contains("Events per tournament: [{name=World Cup, event_count=2}]"), output);
        assertTrue(output.contains("Read back 2 events with raw SQL:"), output);
        assertTrue(output.contains("event=Final"), output);
        assertTrue(output.contains("tournament=World Cup"), output);
        assertTrue(output.strip().endsWith("Closed."), output);
        assertTrue(Files.size(file) > 0, "the database file holds the rows");
    }

    private static String captureOutput(Runnable action) {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
