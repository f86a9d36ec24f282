package dev.tortoise;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.spi.MessageText;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One app of a configuration (upstream's {@code apps.<label>} entry): its label, the modules its
 * models are discovered in, and the connection alias its models use. Immutable.
 *
 * <p>A module is a Java package (its own classes) or a class whose nested classes are the models.
 *
 * @param label             the app label, used in {@code "app.Model"} references
 * @param models            model modules, in discovery order; non-empty
 * @param defaultConnection connection alias of the app's models; null means {@code "default"}
 * @param migrations        the Java package that holds the app's migration classes (upstream's
 *                          {@code migrations} key), or null when the app has no migrations
 */
public record AppConfig(String label, List<String> models, String defaultConnection, String migrations) {

    private static final Pattern JAVA_PACKAGE =
            Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*");

    /**
     * Checks and copies the app.
     *
     * @throws ConfigurationException when the label is blank or the models are not a non-empty
     *     list of non-empty strings; the message names the app
     */
    public AppConfig {
        if (label == null || label.isBlank()) {
            throw new ConfigurationException("App names must be non-empty strings, got "
                    + (label == null ? "null" : MessageText.quote(label)));
        }
        if (models == null || models.isEmpty()) {
            throw new ConfigurationException("App " + MessageText.quote(label) + ": AppConfig.models must be a non-empty list of"
                    + " strings (model modules: packages or holder classes, e.g. \"com.example.models\")");
        }
        for (Object module : models) {
            if (!(module instanceof String text) || text.isBlank()) {
                throw new ConfigurationException("App " + MessageText.quote(label) + ": AppConfig.models must contain non-empty"
                        + " strings, got " + MessageText.describe(module) + " in " + MessageText.describe(models));
            }
        }
        models = List.copyOf(models);
        if (defaultConnection == null) {
            defaultConnection = TortoiseConfig.DEFAULT_CONNECTION;
        } else if (defaultConnection.isBlank()) {
            throw new ConfigurationException("App " + MessageText.quote(label) + ": AppConfig.default_connection must be a"
                    + " connection alias, got an empty string");
        }
        if (migrations != null && !JAVA_PACKAGE.matcher(migrations).matches()) {
            throw new ConfigurationException("App " + MessageText.quote(label) + ": AppConfig.migrations must be a Java"
                    + " package name such as \"com.example.app.migrations\", got " + MessageText.quote(migrations));
        }
    }

    /** An app without migrations. */
    public AppConfig(String label, List<String> models, String defaultConnection) {
        this(label, models, defaultConnection, null);
    }

    /** An app on the {@code "default"} connection. */
    public AppConfig(String label, List<String> models) {
        this(label, models, null, null);
    }
}
