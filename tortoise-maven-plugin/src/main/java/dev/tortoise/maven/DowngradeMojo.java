package dev.tortoise.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn tortoise:downgrade -Dtortoise.app=APP [-Dtortoise.target=0001_initial]}: unapplies the
 * app's migrations after the target, or all of them ({@code tortoise downgrade app [target]}). Logs
 * {@code Unapplied app.NAME} per migration.
 */
@Mojo(name = "downgrade", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class DowngradeMojo extends AbstractTortoiseMojo {

    /** The app to downgrade. */
    @Parameter(property = "tortoise.app", required = true)
    protected String app;

    /** The migration to keep as the app's latest; without it, every migration of the app is unapplied. */
    @Parameter(property = "tortoise.target")
    protected String target;

    /** Made by Maven. */
    public DowngradeMojo() {
    }

    @Override
    protected List<String> command() {
        List<String> command = new ArrayList<>(List.of("downgrade", app));
        if (target != null) {
            command.add(target);
        }
        return command;
    }
}
