package dev.tortoise.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn tortoise:history}: the applied migrations, oldest first, with when they ran
 * ({@code tortoise history [app]}), one log line each.
 */
@Mojo(name = "history", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class HistoryMojo extends AbstractTortoiseMojo {

    /** Only this app's migrations. */
    @Parameter(property = "tortoise.app")
    protected String app;

    /** Made by Maven. */
    public HistoryMojo() {
    }

    @Override
    protected List<String> command() {
        List<String> command = new ArrayList<>(List.of("history"));
        if (app != null) {
            command.add(app);
        }
        return command;
    }
}
