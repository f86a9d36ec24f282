package dev.tortoise.bench.crud;

import dev.tortoise.bench.Backend;
import dev.tortoise.bench.Shapes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The three tables of the CRUD suite, each one table {@code journal} with an automatic {@code id}.
 * The hand-written DDL per dialect (resources {@code crud/ddl/<dialect>/shape<n>.sql}) is what plain
 * JDBC and Hibernate run; it is the DDL Tortoise generates for the shape's models, statement for
 * statement, so every contender works on the same columns, types and indexes.
 */
public enum Shape {
    /** {@code timestamp}, {@code level} (indexed), {@code text} (indexed). */
    ONE(1, "journal: timestamp, level (indexed), text (indexed)", List.of("journal")),
    /** Shape 1 plus a nullable self foreign key {@code parent} and a self many-to-many through {@code journal_journal}. */
    TWO(2, "shape 1 + nullable self FK parent (cascade) + self many-to-many through journal_journal (empty)",
            List.of("journal_journal", "journal")),
    /** Shape 1 plus 32 columns: four groups of eight types, groups 1 and 3 NOT NULL with defaults, 2 and 4 NULL. */
    THREE(3, "shape 1 + 32 columns: 4 × (double, smallint, int, bigint, varchar(255), text, decimal(12,8), JSON), "
            + "groups 1 and 3 NOT NULL with defaults, 2 and 4 NULL", List.of("journal"));

    private final int number;
    private final String description;
    private final List<String> tables;

    Shape(int number, String description, List<String> tables) {
        this.number = number;
        this.description = description;
        this.tables = tables;
    }

    /** 1, 2 or 3. */
    public int number() {
        return number;
    }

    /** What the table holds, for the report. */
    public String description() {
        return description;
    }

    /** The tables of the shape, those that refer to others first (the order to drop them in). */
    public List<String> tables() {
        return tables;
    }

    /** The hand-written DDL of the shape in the backend's dialect, split into statements. */
    public List<String> ddl(Backend backend) {
        String resource = "/dev/tortoise/bench/crud/ddl/" + backend.dialect() + "/shape" + number + ".sql";
        try (InputStream in = Shape.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("DDL resource " + resource + " is missing from the class path");
            }
            return Shapes.split(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** {@code DROP TABLE IF EXISTS} of every table of the shape, in the backend's quoting. */
    public List<String> dropStatements(Backend backend) {
        String q = backend == Backend.MYSQL ? "`" : "\"";
        return tables.stream().map(t -> "DROP TABLE IF EXISTS " + q + t + q).toList();
    }

    /**
     * The shape numbered {@code 1}, {@code 2} or {@code 3}.
     *
     * @throws IllegalArgumentException listing the valid numbers
     */
    public static Shape of(String number) {
        for (Shape s : values()) {
            if (String.valueOf(s.number).equals(number.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown shape \"" + number + "\"; expected one of "
                + Arrays.stream(values()).map(s -> String.valueOf(s.number)).collect(Collectors.joining(", ")));
    }
}
