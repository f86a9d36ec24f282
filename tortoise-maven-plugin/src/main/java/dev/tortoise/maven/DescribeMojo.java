package dev.tortoise.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn compile tortoise:describe}: logs every model's description as JSON, as
 * {@code Tortoise#describeModels()} gives it ({@code tortoise describe}).
 */
@Mojo(name = "describe", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class DescribeMojo extends AbstractTortoiseMojo {

    /** Made by Maven. */
    public DescribeMojo() {
    }

    @Override
    protected List<String> command() {
        return List.of("describe");
    }
}
