package dev.tortoise.cli;

import dev.tortoise.Tortoise;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tortoise generate-schemas [--safe]}: create every table of every connection. */
@Command(name = "generate-schemas", description = "Create the tables of every connection.")
final class GenerateSchemasCommand extends TortoiseCommand {

    @Option(names = "--safe", description = "Skip tables and indexes that exist.")
    boolean safe;

    @Override
    void run(Tortoise tortoise, PrintWriter out) {
        tortoise.generateSchemas(safe);
        out.println("Generated schemas of " + String.join(", ", tortoise.connections().keySet()));
    }
}
