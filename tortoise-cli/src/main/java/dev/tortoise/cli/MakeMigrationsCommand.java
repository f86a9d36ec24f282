package dev.tortoise.cli;

import dev.tortoise.Tortoise;
import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.migrations.Migrator;
import dev.tortoise.migrations.Rename;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tortoise makemigrations [--name N] [--empty] [--rename-field …] [--rename-model …] [apps…]}. */
@Command(name = "makemigrations", description = "Write the next migration of each app whose models changed.")
final class MakeMigrationsCommand extends TortoiseCommand {

    @Option(names = "--name", paramLabel = "NAME", description = "The migration's name after its number.")
    String name;

    @Option(names = "--empty", description = "Write an empty migration of one app, for operations by hand.")
    boolean empty;

    @Option(names = "--rename-field", paramLabel = "app.Model:from:to",
            description = "Treat this field as renamed rather than removed and added.")
    List<String> fieldRenames = new ArrayList<>();

    @Option(names = "--rename-model", paramLabel = "app.Old:app.New",
            description = "Treat this model as renamed rather than removed and added.")
    List<String> modelRenames = new ArrayList<>();

    @Parameters(paramLabel = "APP", arity = "0..*", description = "Apps to cover (default: every app with migrations).")
    List<String> apps = new ArrayList<>();

    @Override
    void run(Tortoise tortoise, PrintWriter out) throws Exception {
        Migrator migrator = tortoise.migrations();
        if (empty) {
            if (apps.size() != 1) {
                throw new ConfigurationException("--empty writes one app's migration: name exactly one app");
            }
            print(out, migrator.makeEmptyMigration(root.sourceRoot, apps.get(0), name == null ? "custom" : name));
            return;
        }
        List<Path> written = migrator.makeMigrations(root.sourceRoot, name, renames(), apps.toArray(String[]::new));
        if (written.isEmpty()) {
            out.println("No changes detected");
        }
        for (Path file : written) {
            print(out, file);
        }
    }

    private static void print(PrintWriter out, Path file) throws java.io.IOException {
        out.println("Wrote " + file);
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("// Note: ")) {
                out.println("  " + line.substring(3));
            }
        }
    }

    private List<Rename> renames() {
        List<Rename> renames = new ArrayList<>();
        for (String spec : fieldRenames) {
            String[] parts = spec.split(":");
            if (parts.length != 3) {
                throw new ConfigurationException("--rename-field takes app.Model:from:to, got \"" + spec + "\"");
            }
            renames.add(Rename.field(parts[0], parts[1], parts[2]));
        }
        for (String spec : modelRenames) {
            String[] parts = spec.split(":");
            if (parts.length != 2) {
                throw new ConfigurationException("--rename-model takes app.Old:app.New, got \"" + spec + "\"");
            }
            renames.add(Rename.model(parts[0], parts[1]));
        }
        return renames;
    }
}
