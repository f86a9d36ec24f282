package dev.tortoise.backend.h2;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The proof that the SPI is enough: this backend uses only what {@code dev.tortoise} exports. Its
 * module requires nothing of Tortoise but {@code dev.tortoise}, no source names a
 * {@code dev.tortoise.internal} package, and no compiled class refers to one.
 */
class ExportedApiOnlyTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path CLASSES = Path.of(H2BackendProvider.class.getProtectionDomain().getCodeSource()
            .getLocation().getPath());

    @Test
    void theModuleRequiresOnlyTortoiseAndTheDriverAndProvidesTheBackend() throws IOException {
        ModuleDescriptor module;
        try (InputStream in = Files.newInputStream(CLASSES.resolve("module-info.class"))) {
            module = ModuleDescriptor.read(in);
        }
        assertEquals("dev.tortoise.backend.h2", module.name());
        Set<String> required = module.requires().stream().map(ModuleDescriptor.Requires::name)
                .filter(name -> !name.equals("java.base")).collect(Collectors.toSet());
        assertEquals(Set.of("dev.tortoise", "com.h2database"), required);
        assertEquals(Set.of(), module.exports(), "a backend exports nothing");
        assertEquals(List.of(H2BackendProvider.class.getName()), module.provides().stream()
                .filter(p -> p.service().equals("dev.tortoise.spi.BackendProvider")).findFirst().orElseThrow()
                .providers());
    }

    @Test
    void noSourceNamesAnInternalPackage() throws IOException {
        assertTrue(Files.isDirectory(SOURCES), "run from the module's folder: " + SOURCES.toAbsolutePath());
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<String> offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> read(f).contains("dev.tortoise.internal"))
                    .map(Path::toString).toList();
            assertEquals(List.of(), offenders);
        }
    }

    @Test
    void noCompiledClassRefersToAnInternalPackage() throws IOException {
        try (Stream<Path> files = Files.walk(CLASSES)) {
            List<Path> classes = files.filter(f -> f.toString().endsWith(".class")).toList();
            assertFalse(classes.isEmpty());
            List<String> offenders = classes.stream()
                    .filter(f -> new String(bytes(f), StandardCharsets.ISO_8859_1).contains("dev/tortoise/internal"))
                    .map(Path::toString).toList();
            assertEquals(List.of(), offenders);
        }
    }

    @Test
    void theServicesFileNamesTheSameProviderAsTheModule() throws IOException {
        try (InputStream in = H2BackendProvider.class.getResourceAsStream(
                "/META-INF/services/dev.tortoise.spi.BackendProvider")) {
            assertEquals(H2BackendProvider.class.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
        }
    }

    private static String read(Path file) {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
