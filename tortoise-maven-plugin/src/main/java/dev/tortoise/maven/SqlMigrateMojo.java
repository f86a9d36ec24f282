package dev.tortoise.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn tortoise:sqlmigrate -Dtortoise.app=APP -Dtortoise.name=0001_initial}: logs the SQL of one
 * migration without running it ({@code tortoise sqlmigrate app name [--backwards]}).
 */
@Mojo(name = "sqlmigrate", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class SqlMigrateMojo extends AbstractTortoiseMojo {

    /** The migration's app. */
    @Parameter(property = "tortoise.app", required = true)
    protected String app;

    /** The migration's name, such as {@code 0001_initial}. */
    @Parameter(property = "tortoise.name", required = true)
    protected String name;

    /** The SQL that reverses the migration instead. */
    @Parameter(property = "tortoise.backwards", defaultValue = "false")
    protected boolean backwards;

    /** Made by Maven. */
    public SqlMigrateMojo() {
    }

    @Override
    protected List<String> command() {
        List<String> command = new ArrayList<>(List.of("sqlmigrate", app, name));
        if (backwards) {
            command.add("--backwards");
        }
        return command;
    }
}
