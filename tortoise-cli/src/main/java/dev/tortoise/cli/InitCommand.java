package dev.tortoise.cli;

import dev.tortoise.AppConfig;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code tortoise init}: creates the migrations package folder of every app that has one; needs no database. */
@Command(name = "init", description = "Create the migrations package folder of each app under --src.")
final class InitCommand implements Callable<Integer> {

    @ParentCommand
    TortoiseCli root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        int apps = 0;
        for (AppConfig app : ConfigLocator.locate(root.configFile, root.configMember, Path.of("")).apps().values()) {
            if (app.migrations() == null) {
                continue;
            }
            apps++;
            Path folder = root.sourceRoot.resolve(app.migrations().replace('.', '/'));
            if (Files.isDirectory(folder)) {
                out.println("Exists " + folder + " (app " + app.label() + ")");
            } else {
                Files.createDirectories(folder);
                out.println("Created " + folder + " (app " + app.label() + ")");
            }
        }
        if (apps == 0) {
            out.println("No app has a migrations package: add \"migrations\": \"com.example.app.migrations\" to an"
                    + " app in the config");
        }
        return 0;
    }
}
