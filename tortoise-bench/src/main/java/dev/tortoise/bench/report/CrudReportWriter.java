package dev.tortoise.bench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes the "Runtime: the CRUD suite" section of {@code docs/benchmarks.md} from the result files
 * of a suite run, between its markers ({@link MarkedSection}); the rest of the document, the
 * start-up report, is left byte for byte as it was. A document without the section gets it at its
 * end.
 *
 * <p>Usage: {@code CrudReportWriter --results <folder> --notes <md> --doc <md>}.
 *
 * @throws IllegalStateException (from {@code main}) when the folder holds no results
 */
public final class CrudReportWriter {

    private CrudReportWriter() {
    }

    /** Entry point; see the class comment. */
    public static void main(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("Expected --option value pairs, got \"" + args[i] + "\"; options: "
                        + "--results, --notes, --doc");
            }
            options.put(args[i], args[i + 1]);
        }
        Path doc = Path.of(options.getOrDefault("--doc", "docs/benchmarks.md"));
        write(Path.of(options.getOrDefault("--results", "tortoise-bench/target/crud")),
                Path.of(options.getOrDefault("--notes", "tortoise-bench/crud-notes.md")), doc);
        System.out.println("Wrote the CRUD section of " + doc.toAbsolutePath());
    }

    /** Renders the section from the results folder and splices it into the document. */
    public static void write(Path results, Path notes, Path doc) {
        CrudResults crud = CrudResults.read(results);
        if (crud.isEmpty()) {
            throw new IllegalStateException("No CRUD results in " + results.toAbsolutePath()
                    + "; run tortoise-bench/crud.sh first");
        }
        try {
            String section = new CrudSection(crud, MachineInfo.read(),
                    Files.exists(notes) ? Files.readString(notes) : "").render();
            String document = Files.exists(doc) ? Files.readString(doc) : "";
            if (doc.getParent() != null) {
                Files.createDirectories(doc.getParent());
            }
            Files.writeString(doc, MarkedSection.splice(document, section), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the CRUD section into " + doc, e);
        }
    }
}
