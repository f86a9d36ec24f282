package dev.tortoise.migrations;

import dev.tortoise.Tortoise;
import dev.tortoise.TortoiseConfig;
import dev.tortoise.testing.JavaCompilation;
import dev.tortoise.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A project on disk as a team has it: model sources at some version, migration sources under
 * {@code src}, both compiled at run time; each version's classes in a class loader of their own,
 * made the thread's context class loader while Tortoise looks for models and migrations.
 */
final class MigrationWorkspace implements AutoCloseable {

    static final String MODELS = "mig.blog.models";
    static final String MIGRATIONS = "mig.blog.migrations";

    private final Path root;
    private final Path src;
    private final Path migrationClasses;
    private URLClassLoader loader;
    private final java.util.List<URLClassLoader> loaders = new java.util.ArrayList<>();

    MigrationWorkspace() {
        try {
            root = Files.createTempDirectory("tortoise-migrations");
            src = Files.createDirectories(root.resolve("src"));
            migrationClasses = Files.createDirectories(root.resolve("migration-classes"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where generated migration sources go. */
    Path sourceRoot() {
        return src;
    }

    /** Compiles these model sources as version {@code name} and makes its class loader current. */
    void models(String name, Map<String, String> sources) {
        Path classes = root.resolve("models-" + name);
        try {
            if (!Files.exists(classes)) {
                JavaCompilation.compile(root.resolve("models-src-" + name), sources, classes);
            }
            loader = new URLClassLoader(new URL[] {classes.toUri().toURL(), migrationClasses.toUri().toURL()},
                    MigrationWorkspace.class.getClassLoader());
            loaders.add(loader); // earlier versions stay open: an instance made from them may still be in use
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiles every migration source written so far. */
    void compileMigrations() {
        try {
            JavaCompilation.compileTree(src, migrationClasses);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a migration source by hand. */
    Path writeMigration(String className, String source) {
        Path file = src.resolve(MIGRATIONS.replace('.', '/')).resolve(className + ".java");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Writes hand-written migrations (class name to the body after the imports) and compiles them. */
    void migrations(Map<String, String> bodies) {
        bodies.forEach((className, body) -> writeMigration(className, """
                package mig.blog.migrations;

                import dev.tortoise.migrations.*;
                import dev.tortoise.spi.FieldKind;
                import java.util.List;

                """ + body));
        compileMigrations();
    }

    /** The current version's class loader. */
    ClassLoader loader() {
        return loader;
    }

    /** Runs {@code work} with the current version's class loader as the context class loader. */
    <T> T with(Supplier<T> work) {
        return with(loader, work);
    }

    /** Runs {@code work} with {@code loader} as the context class loader. */
    static <T> T with(ClassLoader loader, Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Tortoise on {@code db} with the blog app, its migrations package set (or not). */
    Tortoise tortoise(TestDatabase db, boolean withMigrations) {
        return tortoise(db, withMigrations ? MIGRATIONS : null);
    }

    /** Tortoise with this configuration, its models found through the current class loader. */
    Tortoise tortoise(TortoiseConfig config) {
        return with(() -> Tortoise.init(config));
    }

    /** Tortoise on {@code db} with the blog app and this migrations package (null: none). */
    Tortoise tortoise(TestDatabase db, String migrationsPackage) {
        TortoiseConfig config = TortoiseConfig.builder().connection("default", db.url())
                .app("blog", List.of(MODELS), "default", migrationsPackage).build();
        return with(() -> Tortoise.init(config));
    }

    @Override
    public void close() throws IOException {
        for (URLClassLoader l : loaders) {
            l.close();
        }
    }
}
