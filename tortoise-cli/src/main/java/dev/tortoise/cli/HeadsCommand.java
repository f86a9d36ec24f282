package dev.tortoise.cli;

import dev.tortoise.Tortoise;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code tortoise heads}: the latest migration of each app, applied or not. */
@Command(name = "heads", description = "Show the latest migration of each app.")
final class HeadsCommand extends TortoiseCommand {

    @Override
    void run(Tortoise tortoise, PrintWriter out) {
        tortoise.migrations().heads().forEach(out::println);
    }
}
