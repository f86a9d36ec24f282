package dev.tortoise.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first hour of a new user, automated: a fresh Maven project written only from the README (its
 * BOM import and dependencies, its model and main files) is built with Maven in a temporary folder
 * against the installed artifacts, then run on SQLite.
 *
 * <p>"Installed" means what {@code ./run mvn install} puts into a local repository. The build's
 * {@code maven-invoker-plugin:install} does that for this module's dependencies into a repository
 * of its own ({@code target/readme-repo}), so the shared {@code ~/.m2} never receives this build's
 * snapshots; everything else the app needs (plugins, drivers) is read from the build's own local
 * repository as if it were a remote one, so no network is needed. Maven runs through
 * {@code ./run}, whose output must carry no colour codes.
 */
class ReadmeAppIT {

    @TempDir
    Path app;

    @Test
    void aFreshAppWrittenFromTheReadmeBuildsAndRuns() throws Exception {
        Path repo = Path.of(System.getProperty("tortoise.readme.repo"));
        // Only in the integration-test phase has invoker:install filled the repository (a -Dtest
        // filter on the command line also runs this class in the test phase, before that).
        assumeTrue(Files.isDirectory(repo.resolve("dev/tortoise/tortoise-bom")),
                "the artifacts are not installed into " + repo + " yet");
        Readme readme = Readme.ofProject();
        Files.writeString(app.resolve("pom.xml"), pom(readme));
        for (Readme.Block block : readme.marked("file")) {
            Path file = app.resolve(block.marker("file"));
            Files.createDirectories(file.getParent());
            Files.writeString(file, block.text());
        }
        Files.writeString(app.resolve("settings.xml"), settings());

        Path root = Path.of(System.getProperty("tortoise.root"));
        // ./run works from the repository's folder, so every path it gets is absolute.
        Result build = run(app, root.resolve("run").toString(), "mvn", "-B", "-q",
                "-f", app.resolve("pom.xml").toString(), "-s", app.resolve("settings.xml").toString(),
                "-Dmaven.repo.local=" + repo,
                "compile", "dependency:build-classpath", "-Dmdep.outputFile=classpath.txt");
        assertEquals(0, build.exit(), build.output());
        assertFalse(build.output().contains("\u001b"), "escape codes in ./run's output:\n" + build.output());

        String classpath = app.resolve("target/classes") + java.io.File.pathSeparator
                + Files.readString(app.resolve("classpath.txt")).strip();
        Result main = run(app, Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", classpath, "com.example.app.Main");
        assertEquals(0, main.exit(), main.output());
        List<String> lines = main.output().lines().filter(l -> !l.startsWith("WARNING")).toList();
        assertEquals(List.of("Event{id=1, name=Final, prize=99.50}", "1", "World Cup", "1",
                "[{id=1, name=World Cup}]"), lines, main.output());
    }

    /** A new project's POM around the README's XML blocks, with the plugin versions of this build. */
    private static String pom(Readme readme) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.example</groupId>
                  <artifactId>readme-app</artifactId>
                  <version>1.0</version>
                  <properties>
                    <maven.compiler.release>21</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                %s
                %s
                  <build>
                    <pluginManagement>
                      <plugins>
                        <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-compiler-plugin</artifactId><version>%s</version></plugin>
                        <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-dependency-plugin</artifactId><version>%s</version></plugin>
                      </plugins>
                    </pluginManagement>
                  </build>
                </project>
                """.formatted(readme.one("pom", "dependencyManagement").text(), readme.one("pom", "dependencies").text(),
                System.getProperty("compiler.plugin.version"), System.getProperty("dependency.plugin.version"));
    }

    /** Every download comes from the build's own local repository, read as a remote one. */
    private static String settings() {
        String outer = Path.of(System.getProperty("outer.repo")).toUri().toString();
        return """
                <settings>
                  <mirrors>
                    <mirror><id>build-local</id><mirrorOf>*</mirrorOf><url>%s</url></mirror>
                  </mirrors>
                </settings>
                """.formatted(outer);
    }

    private record Result(int exit, String output) {
    }

    private static Result run(Path dir, String... command) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(command));
        Process process = new ProcessBuilder(args).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return new Result(-1, output + "\n(timed out)");
        }
        return new Result(process.exitValue(), output);
    }
}
