package dev.tortoise.internal.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.tortoise.exceptions.ConfigurationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Loads a JSON or YAML config file into the map shape {@link ConfigMapReader} reads. The extension
 * picks the parser, case-sensitively, as upstream: {@code .json}, {@code .yml}, {@code .yaml}.
 * YAML is read as plain data (maps, lists, scalars): nothing in the file can create objects.
 * Duplicate keys are an error rather than a silent overwrite.
 */
public final class ConfigFileLoader {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private ConfigFileLoader() {
    }

    /**
     * Reads and parses the file. Blocks on file I/O.
     *
     * @throws ConfigurationException for an unsupported extension (upstream's message), a missing or
     *     unreadable file, invalid JSON/YAML, or a top level that is not a mapping; each names the path
     */
    public static Map<String, Object> load(Path file) {
        if (file == null) {
            throw new ConfigurationException("Config file path must not be null");
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        String extension = extensionOf(name);
        ObjectMapper mapper = switch (extension) {
            case ".json" -> JSON;
            case ".yml", ".yaml" -> YAML;
            default -> throw new ConfigurationException("Unknown config extension " + extension
                    + ", only .yml and .json are supported (.yaml works too): " + file.toAbsolutePath());
        };
        Object parsed;
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            // Jackson reports an empty document as a parse error; it is simply a file without a mapping
            parsed = text.isBlank() ? null : mapper.readValue(text, Object.class);
        } catch (NoSuchFileException e) {
            throw new ConfigurationException("Config file not found: " + file.toAbsolutePath(), e);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ConfigurationException("Config file " + file.toAbsolutePath() + " is not valid "
                    + (mapper == JSON ? "JSON" : "YAML") + where + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ConfigurationException("Can't read config file " + file.toAbsolutePath() + ": " + e, e);
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new ConfigurationException("Config file " + file.toAbsolutePath() + " must hold a mapping with"
                    + " \"connections\" and \"apps\" sections at the top level, got "
                    + (parsed == null ? "nothing" : ConfigMapReader.describe(parsed)));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> config = (Map<String, Object>) map;
        return config;
    }

    /** Like Python's {@code os.path.splitext}: a leading dot does not start an extension. */
    private static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        int firstNonDot = 0;
        while (firstNonDot < name.length() && name.charAt(firstNonDot) == '.') {
            firstNonDot++;
        }
        return dot < firstNonDot ? "" : name.substring(dot);
    }
}
