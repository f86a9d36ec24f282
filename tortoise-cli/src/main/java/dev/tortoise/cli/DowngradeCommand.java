package dev.tortoise.cli;

import dev.tortoise.Tortoise;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code tortoise downgrade app [target]}: unapply the app's migrations after the target, or all of them. */
@Command(name = "downgrade", description = "Unapply an app's migrations after TARGET (all of them without one).")
final class DowngradeCommand extends TortoiseCommand {

    @Parameters(index = "0", paramLabel = "APP")
    String app;

    @Parameters(index = "1", arity = "0..1", paramLabel = "TARGET")
    String target;

    @Override
    void run(Tortoise tortoise, PrintWriter out) {
        lines(out, "Unapplied", tortoise.migrations().downgrade(app, target), "No migrations to unapply");
    }
}
