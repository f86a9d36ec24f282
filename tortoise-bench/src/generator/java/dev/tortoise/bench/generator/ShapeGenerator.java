package dev.tortoise.bench.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Writes the benchmark model shapes at build time: for each model count N, the same N tables four
 * times over, so every contender does the same work.
 *
 * <h2>The shape (fixed; the report repeats it)</h2>
 * Models {@code M000 … M(N-1)}, table {@code m000 …}, each with:
 * <ul>
 *   <li>an automatic {@code id} (generated INT primary key);</li>
 *   <li>seven data fields: {@code name} VARCHAR(100) with its own index, {@code code} VARCHAR(20),
 *       {@code body} TEXT NULL, {@code active} BOOL, {@code amount} DECIMAL(12,2), {@code quantity}
 *       INT, {@code created} DATETIME;</li>
 *   <li>a chain of foreign keys: {@code prev} → model {@code i-1}, NOT NULL, ON DELETE CASCADE
 *       (backward relation {@code chain_next});</li>
 *   <li>a binary tree of foreign keys: {@code parent} → model {@code (i-1)/2}, NULL, ON DELETE SET NULL
 *       (backward relation {@code tree_<table>});</li>
 *   <li>every tenth model (9, 19, …): a many-to-many {@code tags} → model {@code i-9} through
 *       {@code <table>_<target>} with its unique index (backward relation {@code tagged_by});</li>
 *   <li>every third model (0, 3, …): {@code unique_together (name, code)};</li>
 *   <li>every fourth model (0, 4, …): a composite index over {@code (active, created)}.</li>
 * </ul>
 * Model 0 has no foreign keys. N = 200 gives 200 tables, 398 foreign keys, 20 through tables,
 * 200 + 50 indexes and 67 unique constraints.
 *
 * <h2>Output, per N</h2>
 * <ul>
 *   <li>{@code dev.tortoise.bench.shapes.n<N>.listed}: Tortoise models with {@code @Models} on
 *       {@code package-info} (no class-path scan);</li>
 *   <li>{@code dev.tortoise.bench.shapes.n<N>.scanned}: the same models without it (discovery scans);</li>
 *   <li>{@code dev.tortoise.bench.shapes.n<N>.jpa}: JPA entities for Hibernate;</li>
 *   <li>resources {@code dev/tortoise/bench/shapes/n<N>/{sqlite,postgres,mysql}.sql}: the DDL by hand.</li>
 * </ul>
 *
 * <p>Usage: {@code ShapeGenerator <java output dir> <resource output dir> <N,N,...>}. Files are
 * rewritten only when their content changes, so an unchanged shape does not trigger recompilation.
 */
public final class ShapeGenerator {

    /** Root package of the generated shapes. */
    static final String ROOT_PACKAGE = "dev.tortoise.bench.shapes";

    private final Path javaDir;
    private final Path resourceDir;

    private ShapeGenerator(Path javaDir, Path resourceDir) {
        this.javaDir = javaDir;
        this.resourceDir = resourceDir;
    }

    /** Entry point; see the class comment for the arguments. */
    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: ShapeGenerator <java output dir> <resource output dir> <N,N,...>");
            System.exit(2);
        }
        ShapeGenerator generator = new ShapeGenerator(Path.of(args[0]), Path.of(args[1]));
        int[] counts = Arrays.stream(args[2].split(",")).mapToInt(s -> Integer.parseInt(s.trim())).toArray();
        for (int n : counts) {
            generator.write(n);
        }
    }

    private void write(int n) {
        List<ModelShape> models = ModelShape.all(n);
        String base = ROOT_PACKAGE + ".n" + n;
        for (String flavour : List.of("listed", "scanned")) {
            String pkg = base + "." + flavour;
            for (ModelShape m : models) {
                writeJava(pkg, m.className(), TortoiseModelWriter.model(pkg, m));
            }
        }
        writeJava(base + ".listed", "package-info", TortoiseModelWriter.packageInfo(base + ".listed", models));
        for (ModelShape m : models) {
            writeJava(base + ".jpa", m.className(), JpaEntityWriter.entity(base + ".jpa", m));
        }
        Path resources = resourceDir.resolve(base.replace('.', '/'));
        for (DdlWriter.Dialect dialect : DdlWriter.Dialect.values()) {
            writeIfChanged(resources.resolve(dialect.fileName + ".sql"), new DdlWriter(dialect).schema(models));
        }
    }

    private void writeJava(String pkg, String simpleName, String source) {
        writeIfChanged(javaDir.resolve(pkg.replace('.', '/')).resolve(simpleName + ".java"), source);
    }

    private static void writeIfChanged(Path file, String content) {
        try {
            byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
            if (Files.exists(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
                return;
            }
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
