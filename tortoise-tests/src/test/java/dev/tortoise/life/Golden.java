package dev.tortoise.life;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden JSON files in {@code src/test/resources/golden}, compared token for token with numbers as
 * written ({@code 99.50} is not {@code 99.5}). {@code -Dtortoise.golden.write=true} writes them
 * again after a deliberate change; read the diff before committing.
 */
final class Golden {
    private static final Path DIR = Path.of("src/test/resources/golden");

    private Golden() {
    }

    static void assertJson(String name, String actual) {
        try {
            Path file = DIR.resolve(name);
            String pretty = pretty(actual);
            if (Boolean.getBoolean("tortoise.golden.write")) {
                Files.writeString(file, pretty, StandardCharsets.UTF_8);
            }
            assertTrue(Files.exists(file), "missing golden file " + file.toAbsolutePath());
            assertEquals(pretty(Files.readString(file, StandardCharsets.UTF_8)), pretty, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON re-indented, every token as written. */
    static String pretty(String json) throws IOException {
        JsonFactory factory = new JsonFactory();
        StringWriter out = new StringWriter();
        try (JsonParser in = factory.createParser(json); JsonGenerator gen = factory.createGenerator(out)) {
            gen.useDefaultPrettyPrinter();
            while (in.nextToken() != null) {
                gen.copyCurrentEventExact(in);
            }
        }
        return out.toString().replace("\r\n", "\n") + "\n";
    }
}
