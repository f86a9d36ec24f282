package dev.tortoise.cli;

import dev.tortoise.Tortoise;
import dev.tortoise.migrations.AppliedMigration;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code tortoise history [app]}: the applied migrations, oldest first, with when they ran. */
@Command(name = "history", description = "List applied migrations, oldest first.")
final class HistoryCommand extends TortoiseCommand {

    @Parameters(arity = "0..1", paramLabel = "APP")
    String app;

    @Override
    void run(Tortoise tortoise, PrintWriter out) {
        List<AppliedMigration> applied = tortoise.migrations().history(app);
        if (applied.isEmpty()) {
            out.println("No migrations applied");
        }
        for (AppliedMigration m : applied) {
            out.println(m.app() + "." + m.name() + "  " + m.appliedAt());
        }
    }
}
