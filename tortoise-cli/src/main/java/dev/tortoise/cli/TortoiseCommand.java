package dev.tortoise.cli;

import dev.tortoise.Tortoise;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A command that works on an initialised Tortoise, opened from the global options and closed after. */
abstract class TortoiseCommand implements Callable<Integer> {

    @ParentCommand
    TortoiseCli root;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        try (Tortoise tortoise = root.open()) {
            run(tortoise, spec.commandLine().getOut());
        }
        return 0;
    }

    /** The command's work; what it prints goes to {@code out}. */
    abstract void run(Tortoise tortoise, PrintWriter out) throws Exception;

    /** Prints each name, or {@code none} when there are none. */
    static void lines(PrintWriter out, String verb, java.util.List<String> names, String none) {
        if (names.isEmpty()) {
            out.println(none);
        }
        for (String name : names) {
            out.println(verb + " " + name);
        }
    }
}
