package dev.tortoise.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java block of the README compiles against this build's modules, so the README cannot rot:
 * whole files ({@code <!-- file: ... -->}) as they are, fragments of statements as the body of a
 * method that has a {@code Tortoise t}, member blocks as the body of a class; all with the imports
 * the README names (the quick start's models, {@code dev.tortoise.*}, {@code dev.tortoise.fields.*},
 * {@code dev.tortoise.functions.*}, {@code dev.tortoise.json.*}, {@code dev.tortoise.migrations.*}, {@code dev.tortoise.signals.*}, {@code dev.tortoise.validators.*}). The install section names this build's version.
 */
class ReadmeSnippetsTest {

    private static final String IMPORTS = """
            package com.example.app.readme;

            import com.example.app.models.*;
            import dev.tortoise.*;
            import dev.tortoise.fields.*;
            import dev.tortoise.functions.*;
            import dev.tortoise.json.*;
            import dev.tortoise.migrations.*;
            import dev.tortoise.spi.FieldKind;
            import dev.tortoise.signals.*;
            import dev.tortoise.testing.*;
            import dev.tortoise.junit.SqlCapture;
            import dev.tortoise.validators.*;
            import java.math.BigDecimal;
            import java.nio.file.Path;
            import java.util.*;
            import java.util.stream.Stream;
            import javax.sql.DataSource;
            import com.zaxxer.hikari.HikariConfig;
            import com.zaxxer.hikari.HikariDataSource;
            import org.junit.jupiter.api.Test;
            import org.junit.jupiter.api.extension.RegisterExtension;
            import static org.junit.jupiter.api.Assertions.*;

            """;

    @TempDir
    Path dir;

    @Test
    void everyJavaBlockCompiles() throws IOException {
        Readme readme = Readme.ofProject();
        List<Path> sources = new ArrayList<>();
        int fragments = 0;
        for (Readme.Block block : readme.blocks()) {
            if (!block.isJava() || block.marker("snippet") != null && block.marker("snippet").startsWith("not compiled")) {
                continue;
            }
            String file = block.marker("file");
            Path source;
            String text;
            if (file != null) {
                source = dir.resolve(file);
                text = block.text();
            } else {
                String name = "ReadmeLine" + block.line();
                source = dir.resolve("src/com/example/app/readme/" + name + ".java");
                text = "members".equals(block.marker("snippet"))
                        ? IMPORTS + "class " + name + " {\n" + block.text() + "}\n"
                        : IMPORTS + "class " + name + " {\n    void run(Tortoise t) throws Exception {\n" + block.text()
                                + "    }\n}\n";
                fragments++;
            }
            Files.createDirectories(source.getParent());
            Files.writeString(source, text);
            sources.add(source);
        }
        assertTrue(sources.size() >= 7, "README Java blocks found: " + sources);
        assertTrue(fragments >= 4, "README fragments found: " + fragments);
        assertEquals(List.of(), compile(sources));
    }

    @Test
    void theInstallSectionNamesThisVersion() throws IOException {
        String version = System.getProperty("tortoise.version");
        Readme readme = Readme.ofProject();
        assertTrue(readme.one("pom", "dependencyManagement").text().contains("<version>" + version + "</version>"),
                "the BOM import in the README does not name " + version);
        assertTrue(readme.blocks().stream().anyMatch(b -> b.text().contains("./run mvn install")));
    }

    /** Compiler errors, each with the README block it came from. */
    private List<String> compile(List<Path> sources) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options = List.of("--release", "21", "-proc:none", "-d", dir.resolve("classes").toString(),
                    "-classpath", System.getProperty("java.class.path"));
            javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources)).call();
        }
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                errors.add(d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT));
            }
        }
        return errors;
    }
}
