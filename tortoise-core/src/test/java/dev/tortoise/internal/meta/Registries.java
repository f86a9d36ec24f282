package dev.tortoise.internal.meta;

import dev.tortoise.exceptions.ConfigurationException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** Builds registries for tests; no database is involved. */
final class Registries {
    static final String BAD = "dev.tortoise.testmodels.bad.";

    private Registries() {
    }

    /** One app on connection "default". */
    static ModelRegistry build(String app, String... modules) {
        return ModelRegistry.build(List.of(new AppSpec(app, List.of(modules), "default")), null);
    }

    /** The error of building app "models" from a bad-case holder (plus the shared targets). */
    static ConfigurationException failure(String badCase) {
        return assertThrows(ConfigurationException.class,
                () -> build("models", BAD + badCase, BAD + "Target"));
    }
}
