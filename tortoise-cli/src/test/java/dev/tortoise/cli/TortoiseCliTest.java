package dev.tortoise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tortoise.testing.JavaCompilation;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code tortoise} command end to end, each run a process of its own as a user starts it, in a
 * project folder with a {@code tortoise.json}, on SQLite: exit codes, standard output and the one
 * line of standard error.
 */
class TortoiseCliTest {

    private static final String HEADER = """
            package cli.blog.models;

            import dev.tortoise.Model;
            import dev.tortoise.fields.*;

            """;

    private static final Map<String, String> V1 = Map.of("cli/blog/models/Post.java", HEADER + """
            public class Post extends Model {
                @IntField(pk = true) public Integer id;
                @CharField(maxLength = 100) public String title;
            }
            """);

    private static final Map<String, String> V2 = Map.of("cli/blog/models/Post.java", HEADER + """
            public class Post extends Model {
                @IntField(pk = true) public Integer id;
                @CharField(maxLength = 100) public String title;
                @TextField(nullable = true) public String summary;
            }
            """);

    @TempDir
    Path project;

    private Path models;
    private Path migrations;

    /** What one run printed and returned. */
    record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void writeConfig() throws IOException {
        Files.writeString(project.resolve("tortoise.json"), """
                {"connections": {"default": "sqlite://%s"},
                 "apps": {"blog": {"models": ["cli.blog.models"], "migrations": "cli.blog.migrations"}}}
                """.formatted(project.resolve("blog.sqlite3").toString().replace("\\", "/")));
        models = project.resolve("model-classes");
        migrations = Files.createDirectories(project.resolve("migration-classes"));
    }

    private Run tortoise(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                // sqlite-jdbc extracts its native library to a temp folder and deletes other processes'
                // copies there: each run gets a folder of its own, so parallel JVMs cannot interfere.
                "-Dorg.sqlite.tmpdir=" + Files.createDirectories(project.resolve("native-" + System.nanoTime())),
                "-cp",
                System.getProperty("java.class.path") + File.pathSeparator + models + File.pathSeparator + migrations,
                TortoiseCli.class.getName()));
        command.addAll(List.of(args));
        Path out = project.resolve("out.txt");
        Path err = project.resolve("err.txt");
        Process process = new ProcessBuilder(command).directory(project.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "tortoise " + String.join(" ", args) + " did not end");
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private void compileModels(Map<String, String> sources) throws IOException {
        if (Files.exists(models)) {
            try (var walk = Files.walk(models)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        JavaCompilation.compile(project.resolve("model-src"), sources, models);
    }

    private void compileMigrations() throws IOException {
        JavaCompilation.compileTree(project.resolve("src/main/java"), migrations);
    }

    @Test
    void theMigrationLoop() throws Exception {
        compileModels(V1);
        Run init = tortoise("init");
        assertEquals(0, init.exit(), init.err());
        assertEquals("Created " + Path.of("src/main/java/cli/blog/migrations") + " (app blog)\n", init.out());

        Run make = tortoise("makemigrations");
        assertEquals(0, make.exit(), make.err());
        assertEquals("Wrote " + Path.of("src/main/java/cli/blog/migrations/M0001_initial.java") + "\n", make.out());
        compileMigrations();
        Run migrate = tortoise("migrate");
        assertEquals(new Run(0, "Applied blog.0001_initial\n", ""), migrate);
        assertEquals(new Run(0, "No migrations to apply\n", ""), tortoise("migrate"));
        assertEquals(new Run(0, "No changes detected\n", ""), tortoise("makemigrations"));

        compileModels(V2);
        Run second = tortoise("makemigrations", "--name", "add_summary");
        assertEquals("Wrote " + Path.of("src/main/java/cli/blog/migrations/M0002_add_summary.java") + "\n", second.out());
        compileMigrations();
        assertEquals(new Run(0, "Applied blog.0002_add_summary\n", ""), tortoise("upgrade"));
        assertEquals(new Run(0, "blog.0002_add_summary\n", ""), tortoise("heads"));
        Run history = tortoise("history", "blog");
        assertTrue(history.out().matches("blog\\.0001_initial  \\S+Z\nblog\\.0002_add_summary  \\S+Z\n"), history.out());
        Run sql = tortoise("sqlmigrate", "blog", "0002_add_summary");
        assertEquals(0, sql.exit(), sql.err());
        assertTrue(sql.out().contains("ALTER TABLE \"__new__post\" RENAME TO \"post\""), sql.out()); // a rebuild
        Run back = tortoise("downgrade", "blog", "0001_initial");
        assertEquals(new Run(0, "Unapplied blog.0002_add_summary\n", ""), back);
        assertEquals(new Run(0, "Applied blog.0002_add_summary\n", ""), tortoise("migrate", "blog", "0002_add_summary"));
        assertEquals(new Run(0, "Unapplied blog.0002_add_summary\n", ""), tortoise("migrate", "blog", "0001_initial"));
        Run empty = tortoise("makemigrations", "--empty", "--name", "backfill", "blog");
        assertEquals("Wrote " + Path.of("src/main/java/cli/blog/migrations/M0003_backfill.java") + "\n", empty.out());
    }

    @Test
    void failuresAreOneLineAndUsageErrorsExitTwo() throws Exception {
        compileModels(V1);
        Run unknownApp = tortoise("migrate", "shop");
        assertEquals(1, unknownApp.exit());
        assertEquals("", unknownApp.out());
        assertEquals("Error: Unknown app 'shop'; apps with migrations: [blog]\n", unknownApp.err());

        Run noMigrations = tortoise("migrate");
        assertEquals(new Run(1, "", "Error: App 'blog' has no migration classes in package cli.blog.migrations (or the"
                + " package is not on the class path): run makemigrations first\n"), noMigrations);

        Run verbose = tortoise("--verbose", "migrate", "shop");
        assertEquals(1, verbose.exit());
        assertTrue(verbose.err().contains("dev.tortoise.exceptions.MigrationException: Unknown app 'shop'"), verbose.err());
        assertTrue(verbose.err().contains("\tat dev.tortoise."), "a stack trace with --verbose: " + verbose.err());

        Run usage = tortoise("migrat");
        assertEquals(2, usage.exit());
        assertTrue(usage.err().startsWith("Unmatched argument at index 0: 'migrat'"), usage.err());
        assertEquals(2, tortoise("downgrade").exit(), "downgrade needs an app");

        Files.delete(project.resolve("tortoise.json"));
        Run noConfig = tortoise("heads");
        assertEquals(1, noConfig.exit());
        assertEquals("Error: No configuration: pass --config-file tortoise.json, or -c com.example.Settings#TORTOISE_ORM,"
                + " or put a tortoise.json or tortoise.yaml in " + project.toRealPath() + "\n", noConfig.err());
    }

    @Test
    void schemaCommandsAndConfigFromAClassMember() throws Exception {
        compileModels(V1);
        Files.writeString(project.resolve("other.json"), Files.readString(project.resolve("tortoise.json")));
        Files.delete(project.resolve("tortoise.json"));
        Run sql = tortoise("--config-file", "other.json", "schema-sql");
        assertEquals(new Run(0, "CREATE TABLE \"post\" (\n    \"id\" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,\n"
                + "    \"title\" VARCHAR(100) NOT NULL\n);\n", ""), sql);
        Run generate = tortoise("--config-file", "other.json", "generate-schemas", "--safe");
        assertEquals(new Run(0, "Generated schemas of default\n", ""), generate);
        Run describe = tortoise("--config-file", "other.json", "describe");
        assertEquals(0, describe.exit(), describe.err());
        Map<?, ?> models = new ObjectMapper().readValue(describe.out(), Map.class);
        assertEquals(List.of("blog.Post"), List.copyOf(models.keySet()));

        Run member = tortoise("-c", CliSettings.class.getName() + "#TORTOISE_ORM", "schema-sql");
        assertEquals(0, member.exit(), member.err());
        assertTrue(member.out().startsWith("CREATE TABLE \"post\""), member.out());
        Run method = tortoise("--config", CliSettings.class.getName() + "#config", "heads");
        assertEquals(new Run(1, "", "Error: App 'blog' has no migration classes in package cli.blog.migrations (or the"
                + " package is not on the class path): run makemigrations first\n"), method);
        Run missing = tortoise("-c", CliSettings.class.getName() + "#NOPE", "heads");
        assertEquals(new Run(1, "", "Error: --config " + CliSettings.class.getName() + "#NOPE: "
                + CliSettings.class.getName() + " has no static field or no-argument static method named NOPE\n"), missing);
    }
}
