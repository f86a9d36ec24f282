package dev.tortoise.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The quick start runs with Tortoise, its backend and their dependencies on the module path: the
 * module descriptors are complete and the SQLite backend is found through {@code provides}.
 */
class ModulePathTest {

    @Test
    void quickStartRunsOnTheModulePath() throws IOException, InterruptedException {
        List<String> entries = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
        String examples = entries.stream().filter(e -> e.contains("tortoise-examples")).collect(Collectors.joining(File.pathSeparator));
        String modules = entries.stream()
                .filter(e -> !e.contains("tortoise-examples"))
                // test fixtures (and the backends they bring) are not part of what the quick start ships with
                .filter(e -> !e.contains("tortoise-testing"))
                .filter(e -> !e.contains("junit") && !e.contains("opentest4j") && !e.contains("apiguardian"))
                .collect(Collectors.joining(File.pathSeparator));

        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED,org.xerial.sqlitejdbc",
                "--module-path", modules, "--add-modules", "ALL-MODULE-PATH",
                "-cp", examples, QuickStart.class.getName()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the quick start finishes");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("Events per tournament: [{name=World Cup, event_count=2}]"), output);
        assertTrue(output.strip().endsWith("Closed."), output);
    }
}
