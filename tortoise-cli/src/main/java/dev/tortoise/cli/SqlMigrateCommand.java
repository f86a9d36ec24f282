package dev.tortoise.cli;

import dev.tortoise.Tortoise;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tortoise sqlmigrate app name [--backwards]}: the SQL of one migration, not run. */
@Command(name = "sqlmigrate", description = "Print the SQL of one migration without running it.")
final class SqlMigrateCommand extends TortoiseCommand {

    @Parameters(index = "0", paramLabel = "APP")
    String app;

    @Parameters(index = "1", paramLabel = "NAME")
    String name;

    @Option(names = "--backwards", description = "The SQL that reverses it.")
    boolean backwards;

    @Override
    void run(Tortoise tortoise, PrintWriter out) {
        out.println(tortoise.migrations().sqlMigrate(app, name, backwards));
    }
}
