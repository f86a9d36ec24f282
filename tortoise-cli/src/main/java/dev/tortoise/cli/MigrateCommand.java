package dev.tortoise.cli;

import dev.tortoise.Tortoise;
import dev.tortoise.migrations.Migrator;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code tortoise migrate [app [target]]}: forward, or backward to an applied target. */
@Command(name = "migrate", description = "Apply migrations; with an app and target, move it forward or back to the target.")
final class MigrateCommand extends TortoiseCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "APP")
    String app;

    @Parameters(index = "1", arity = "0..1", paramLabel = "TARGET")
    String target;

    @Override
    void run(Tortoise tortoise, PrintWriter out) {
        Migrator migrator = tortoise.migrations();
        if (app == null) {
            lines(out, "Applied", migrator.migrate(), "No migrations to apply");
            return;
        }
        java.util.List<String> moved = migrator.migrate(app, target);
        boolean forward = moved.isEmpty() || migrator.history(app).stream()
                .anyMatch(m -> (m.app() + "." + m.name()).equals(moved.get(0)));
        lines(out, forward ? "Applied" : "Unapplied", moved, "No migrations to apply");
    }
}
