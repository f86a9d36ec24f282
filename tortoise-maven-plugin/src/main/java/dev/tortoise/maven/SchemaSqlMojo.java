package dev.tortoise.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn compile tortoise:schema-sql}: logs the DDL that {@code generateSchemas} would run on each
 * connection ({@code tortoise schema-sql [--safe]}); nothing is run.
 */
@Mojo(name = "schema-sql", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class SchemaSqlMojo extends AbstractTortoiseMojo {

    /** With {@code IF NOT EXISTS} where the database allows it. */
    @Parameter(property = "tortoise.safe", defaultValue = "false")
    protected boolean safe;

    /** Made by Maven. */
    public SchemaSqlMojo() {
    }

    @Override
    protected List<String> command() {
        List<String> command = new ArrayList<>(List.of("schema-sql"));
        if (safe) {
            command.add("--safe");
        }
        return command;
    }
}
