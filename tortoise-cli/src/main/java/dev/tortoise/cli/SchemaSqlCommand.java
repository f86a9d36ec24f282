package dev.tortoise.cli;

import dev.tortoise.Tortoise;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tortoise schema-sql [--safe]}: the DDL that generate-schemas would run, per connection. */
@Command(name = "schema-sql", description = "Print the DDL that generate-schemas would run.")
final class SchemaSqlCommand extends TortoiseCommand {

    @Option(names = "--safe", description = "With IF NOT EXISTS where the database allows it.")
    boolean safe;

    @Override
    void run(Tortoise tortoise, PrintWriter out) {
        boolean several = tortoise.connections().size() > 1;
        for (String alias : tortoise.connections().keySet()) {
            if (several) {
                out.println("-- connection " + alias);
            }
            out.println(tortoise.getSchemaSql(alias, safe));
        }
    }
}
