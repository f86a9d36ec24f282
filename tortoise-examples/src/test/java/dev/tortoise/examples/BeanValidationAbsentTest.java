package dev.tortoise.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tortoise.Manager;
import dev.tortoise.Tortoise;
import dev.tortoise.examples.models.Tournament;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jakarta Bean Validation is an optional dependency of core ({@code requires static}): this module
 * has neither the API nor a provider, and models still validate and save.
 */
class BeanValidationAbsentTest {

    @Test
    void savesWorkWithoutTheApiOnTheClassPath(@TempDir Path dir) {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("jakarta.validation.Validation"));
        try (Tortoise t = Tortoise.init("sqlite://" + dir.resolve("absent.sqlite3"),
                Map.of("models", List.of("dev.tortoise.examples.models")))) {
            t.generateSchemas();
            Manager.of(Tournament.class).create(x -> x.name = "Cup");
            assertEquals(1, Manager.of(Tournament.class).count());
        }
    }
}
