package dev.tortoise.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn compile tortoise:migrate}: applies every migration not applied yet; with {@code app} and
 * {@code target}, moves that app forward or back to the target ({@code tortoise migrate [app [target]]}).
 * Logs {@code Applied app.0001_initial} (or {@code Unapplied …}) per migration.
 */
@Mojo(name = "migrate", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class MigrateMojo extends AbstractTortoiseMojo {

    /** Only this app's migrations. */
    @Parameter(property = "tortoise.app")
    protected String app;

    /** The migration to move the app to, such as {@code 0001_initial}; needs {@code app}. */
    @Parameter(property = "tortoise.target")
    protected String target;

    /** Made by Maven. */
    public MigrateMojo() {
    }

    @Override
    protected List<String> command() throws MojoFailureException {
        if (target != null && app == null) {
            throw new MojoFailureException("tortoise:migrate: a target (" + target + ") needs the app it belongs to:"
                    + " set <app> (-Dtortoise.app=APP)");
        }
        List<String> command = new ArrayList<>(List.of("migrate"));
        if (app != null) {
            command.add(app);
        }
        if (target != null) {
            command.add(target);
        }
        return command;
    }
}
