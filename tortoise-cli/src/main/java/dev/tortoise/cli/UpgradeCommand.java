package dev.tortoise.cli;

import dev.tortoise.Tortoise;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code tortoise upgrade}: apply every unapplied migration, never moving back. */
@Command(name = "upgrade", description = "Apply every unapplied migration.")
final class UpgradeCommand extends TortoiseCommand {

    @Override
    void run(Tortoise tortoise, PrintWriter out) {
        lines(out, "Applied", tortoise.migrations().upgrade(), "No migrations to apply");
    }
}
