package dev.tortoise.cli;

import dev.tortoise.Tortoise;
import dev.tortoise.exceptions.TortoiseException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code tortoise} command, as upstream's: global options first, then the command.
 *
 * <pre>
 * tortoise [--config-file tortoise.json | -c com.example.Settings#TORTOISE_ORM] [--src src/main/java]
 *          [--verbose] COMMAND [ARGS]
 * </pre>
 *
 * Exit codes: 0 done, 1 failed (one line on standard error; the stack trace with {@code --verbose}),
 * 2 wrong usage.
 */
@Command(name = "tortoise", mixinStandardHelpOptions = true, version = "Tortoise for Java 0.1.0",
        description = "Migrations and schema tools for Tortoise for Java.",
        subcommands = {InitCommand.class, MakeMigrationsCommand.class, MigrateCommand.class, UpgradeCommand.class,
                DowngradeCommand.class, HistoryCommand.class, HeadsCommand.class, SqlMigrateCommand.class,
                GenerateSchemasCommand.class, SchemaSqlCommand.class, DescribeCommand.class})
public final class TortoiseCli {

    @Option(names = "--config-file", paramLabel = "PATH", description = "A JSON or YAML config (upstream's shape).")
    Path configFile;

    @Option(names = {"-c", "--config"}, paramLabel = "CLASS#MEMBER",
            description = "A static field or no-argument method returning a TortoiseConfig or a Map.")
    String configMember;

    @Option(names = "--src", paramLabel = "DIR", defaultValue = "src/main/java",
            description = "Where migration sources are written (default: ${DEFAULT-VALUE}).")
    Path sourceRoot;

    @Option(names = "--verbose", description = "Log at INFO and print stack traces of failures.")
    boolean verbose;

    /** The command's options, filled by picocli. */
    public TortoiseCli() {
    }

    /**
     * Runs the command and exits with its code.
     *
     * @param args global options, then the command and its arguments
     */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs the command with these streams.
     *
     * @param args global options, then the command and its arguments
     * @param out  where results go, one line each
     * @param err  where a failure goes, as one line (with {@code --verbose}: its stack trace)
     * @return the exit code: 0 done, 1 failed, 2 wrong usage
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        boolean verbose = List.of(args).contains("--verbose");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        CommandLine cli = commandLine(out, err);
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            if (verbose) {
                e.printStackTrace(err);
            } else {
                err.println("Error: " + (e instanceof TortoiseException ? e.getMessage() : e.toString()));
            }
            err.flush();
            return 1;
        });
        return cli.execute(args);
    }

    /**
     * Runs one command for a host that reports failures itself, such as the Maven plugin: what the
     * command prints goes to {@code out}, wrong usage is described on {@code err}, and a failure is
     * thrown as the command threw it instead of being printed. Sets no system property.
     *
     * @param args global options, then the command and its arguments
     * @param out  where results go, one line each
     * @param err  where wrong usage is described
     * @return 0 done, 2 wrong usage
     * @throws Exception what the command threw: a {@link TortoiseException} carries the message for the user
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) throws Exception {
        Exception[] failure = new Exception[1];
        CommandLine cli = commandLine(out, err);
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            failure[0] = e;
            return 1;
        });
        int exit = cli.execute(args);
        if (failure[0] != null) {
            throw failure[0];
        }
        return exit;
    }

    private static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new TortoiseCli());
        cli.setOut(out);
        cli.setErr(err);
        return cli;
    }

    /** Tortoise initialised from the configuration these options name. */
    Tortoise open() {
        return Tortoise.init(ConfigLocator.locate(configFile, configMember, Path.of("")));
    }
}
