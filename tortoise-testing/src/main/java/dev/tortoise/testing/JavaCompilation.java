package dev.tortoise.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles Java sources at run time (javax.tools) against the test's class path, as a build would:
 * for tests of what an application compiles, such as model versions and generated migrations.
 * A compiler error fails the test with every message and its line.
 */
public final class JavaCompilation {

    private JavaCompilation() {
    }

    /** Writes {@code sources} (path under {@code srcRoot} to text) and compiles them into {@code classes}. */
    public static void compile(Path srcRoot, Map<String, String> sources, Path classes, Path... classPath) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = srcRoot.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            files.add(file);
        }
        compile(files, classes, classPath);
    }

    /** Compiles every {@code .java} file under {@code srcRoot} into {@code classes}. */
    public static void compileTree(Path srcRoot, Path classes, Path... classPath) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(srcRoot)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        compile(files, classes, classPath);
    }

    private static void compile(List<Path> files, Path classes, Path... classPath) throws IOException {
        Files.createDirectories(classes);
        StringBuilder cp = new StringBuilder(System.getProperty("java.class.path"));
        for (Path p : classPath) {
            cp.append(File.pathSeparator).append(p);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options = List.of("--release", "21", "-proc:none", "-d", classes.toString(), "-classpath",
                    cp.toString());
            boolean ok = javac.getTask(null, fm, diagnostics, options, null, fm.getJavaFileObjectsFromPaths(files)).call();
            if (!ok) {
                StringBuilder errors = new StringBuilder("compilation failed:");
                for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                    if (d.getKind() == Diagnostic.Kind.ERROR) {
                        errors.append('\n').append(d.getSource() == null ? "?" : d.getSource().getName()).append(':')
                                .append(d.getLineNumber()).append(": ").append(d.getMessage(Locale.ROOT));
                    }
                }
                throw new AssertionError(errors.toString());
            }
        }
    }
}
