package dev.tortoise.internal.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.spi.MessageText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern DUPLICATE_KEY = Pattern.compile("Duplicate (?:field|key) '([^']{1,200})'");

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
            // The parser's own message quotes the text around the error, which may be a password:
            // the message says where and what kind of error, and the parser's exception is not kept.
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ConfigurationException("Config file " + file.toAbsolutePath() + " is not valid "
                    + (mapper == JSON ? "JSON" : "YAML") + where + ": " + problem(e)
                    + " (the file's text is not quoted here, since it may hold a password)");
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

    /** What kind of parse error, in words that quote nothing of the file but a duplicated key's name. */
    private static String problem(JsonProcessingException e) {
        String original = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            return "it is nested too deeply or holds a value too long to read";
        }
        Matcher duplicate = DUPLICATE_KEY.matcher(original);
        if (duplicate.find() && !Secrets.isSecret(duplicate.group(1))) {
            return "the key " + MessageText.quote(duplicate.group(1)) + " appears twice in one mapping";
        }
        if (duplicate.find(0)) {
            return "a key appears twice in one mapping";
        }
        if (e instanceof MismatchedInputException) {
            return "its content does not fit a configuration (a mapping of sections)";
        }
        return "a syntax error (check quotes, brackets, commas and indentation there)";
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
