package dev.tortoise.cli;

import dev.tortoise.TortoiseConfig;
import java.util.List;
import java.util.Map;

/** A settings class as an application has one, for {@code -c CLASS#MEMBER}. */
public final class CliSettings {

    /** Upstream's shape: a map. */
    public static final Map<String, Object> TORTOISE_ORM = Map.of(
            "connections", Map.of("default", "sqlite://:memory:"),
            "apps", Map.of("blog", Map.of("models", List.of("cli.blog.models"))));

    private CliSettings() {
    }

    /** A method returning a built config. */
    static TortoiseConfig config() {
        return TortoiseConfig.builder().connection("default", "sqlite://:memory:")
                .app("blog", List.of("cli.blog.models"), null, "cli.blog.migrations").build();
    }
}
