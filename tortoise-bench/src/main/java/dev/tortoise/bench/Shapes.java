package dev.tortoise.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The model shapes generated at build time (see {@code dev.tortoise.bench.generator.ShapeGenerator}
 * in {@code src/generator}): module names for Tortoise, entity classes for Hibernate and the
 * hand-written DDL for plain JDBC, for N = 10, 50 and 200.
 */
public final class Shapes {

    /** The app label the Tortoise models are registered under (their references say {@code bench.M000}). */
    public static final String APP = "bench";

    /** The model counts the build generates. */
    public static final List<Integer> COUNTS = List.of(10, 50, 200);

    private static final String ROOT = "dev.tortoise.bench.shapes";

    private Shapes() {
    }

    /** The package whose {@code package-info} lists its N models with {@code @Models}. */
    public static String listedModule(int n) {
        return ROOT + ".n" + checked(n) + ".listed";
    }

    /** The package with the same N models and no list, so discovery scans it. */
    public static String scannedModule(int n) {
        return ROOT + ".n" + checked(n) + ".scanned";
    }

    /**
     * The N JPA entity classes, loaded by name as a persistence unit lists them.
     *
     * @throws IllegalStateException if the generated classes are missing from the class path
     */
    public static List<Class<?>> jpaEntities(int n) {
        List<Class<?>> classes = new ArrayList<>(n);
        String pkg = ROOT + ".n" + checked(n) + ".jpa.";
        for (int i = 0; i < n; i++) {
            String name = pkg + "M%03d".formatted(i);
            try {
                classes.add(Class.forName(name));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("Generated entity " + name + " is missing; rebuild tortoise-bench", e);
            }
        }
        return classes;
    }

    /** The hand-written DDL for N models in a dialect ({@code sqlite}, {@code postgres}, {@code mysql}). */
    public static String ddl(int n, String dialect) {
        String resource = "/" + ROOT.replace('.', '/') + "/n" + checked(n) + "/" + dialect + ".sql";
        try (InputStream in = Shapes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Generated DDL " + resource + " is missing; rebuild tortoise-bench");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The DDL split into statements, without their closing {@code ;}. */
    public static List<String> ddlStatements(int n, String dialect) {
        return split(ddl(n, dialect));
    }

    /** Splits a script whose statements end with {@code ;} at the end of a line. */
    public static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        for (String part : script.split(";\n")) {
            String statement = part.strip();
            if (statement.endsWith(";")) {
                statement = statement.substring(0, statement.length() - 1);
            }
            if (!statement.isEmpty()) {
                statements.add(statement);
            }
        }
        return statements;
    }

    private static int checked(int n) {
        if (!COUNTS.contains(n)) {
            throw new IllegalArgumentException("No shape with " + n + " models; the build generates " + COUNTS);
        }
        return n;
    }
}
