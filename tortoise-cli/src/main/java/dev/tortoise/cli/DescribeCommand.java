package dev.tortoise.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.tortoise.Tortoise;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code tortoise describe}: every model as JSON, as {@link Tortoise#describeModels()} gives it. */
@Command(name = "describe", description = "Print every model's description as JSON.")
final class DescribeCommand extends TortoiseCommand {

    @Override
    void run(Tortoise tortoise, PrintWriter out) throws Exception {
        out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(tortoise.describeModels()));
    }
}
