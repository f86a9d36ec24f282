package dev.tortoise.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn compile tortoise:makemigrations}: writes the next migration of each app whose models
 * changed under {@code src} ({@code tortoise makemigrations}); logs {@code Wrote PATH} per file, or
 * {@code No changes detected}. The models must be compiled first.
 */
@Mojo(name = "makemigrations", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class MakeMigrationsMojo extends AbstractTortoiseMojo {

    /** The migration's name after its number (the CLI's {@code --name}). */
    @Parameter(property = "tortoise.name")
    protected String name;

    /** Writes an empty migration of the one app in {@code apps}, for operations by hand ({@code --empty}). */
    @Parameter(property = "tortoise.empty", defaultValue = "false")
    protected boolean empty;

    /** Fields to treat as renamed rather than removed and added: {@code app.Model:from:to} each ({@code --rename-field}). */
    @Parameter(property = "tortoise.renameFields")
    protected List<String> renameFields = new ArrayList<>();

    /** Models to treat as renamed rather than removed and added: {@code app.Old:app.New} each ({@code --rename-model}). */
    @Parameter(property = "tortoise.renameModels")
    protected List<String> renameModels = new ArrayList<>();

    /** The apps to cover; default: every app with migrations. */
    @Parameter(property = "tortoise.apps")
    protected List<String> apps = new ArrayList<>();

    /** Made by Maven. */
    public MakeMigrationsMojo() {
    }

    @Override
    protected List<String> command() {
        List<String> command = new ArrayList<>(List.of("makemigrations"));
        if (name != null) {
            command.addAll(List.of("--name", name));
        }
        if (empty) {
            command.add("--empty");
        }
        renameFields.forEach(spec -> command.addAll(List.of("--rename-field", spec)));
        renameModels.forEach(spec -> command.addAll(List.of("--rename-model", spec)));
        command.addAll(apps);
        return command;
    }
}
