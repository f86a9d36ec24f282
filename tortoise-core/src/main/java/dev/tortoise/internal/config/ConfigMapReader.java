package dev.tortoise.internal.config;

import dev.tortoise.TortoiseConfig;
import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.spi.MessageText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads upstream's config dict (also the shape of JSON and YAML config files) into a
 * {@link TortoiseConfig}. Checks the shape of each section with upstream's messages and rejects
 * unknown keys, naming them and listing the valid ones; the builder then checks the values.
 */
public final class ConfigMapReader {

    private static final List<String> TOP_LEVEL_KEYS = List.of("connections", "apps", "routers", "use_tz", "timezone");
    private static final List<String> CONNECTION_KEYS = List.of("engine", "credentials", "db_url");
    private static final List<String> APP_KEYS = List.of("models", "default_connection", "migrations");
    private static final String CONNECTIONS_SHAPE =
            " (alias -> DB URL, or alias -> {\"engine\": ..., \"credentials\": {...}})";

    private ConfigMapReader() {
    }

    /**
     * Builds the configuration a map describes.
     *
     * @throws ConfigurationException naming the key, connection alias or app at fault
     */
    public static TortoiseConfig read(Map<?, ?> config) {
        if (config == null) {
            throw new ConfigurationException("Config must be a map with \"connections\" and \"apps\" sections, got null");
        }
        rejectUnknownKeys(config, TOP_LEVEL_KEYS, "config key", "");
        TortoiseConfig.Builder builder = TortoiseConfig.builder();
        readConnections(config, builder);
        readApps(config, builder);
        Object routers = config.get("routers");
        if (routers != null && !(routers instanceof List<?>)) {
            throw new ConfigurationException("TortoiseConfig.routers must be a list or None (router class names),"
                    + " got " + describe(routers));
        }
        builder.routers((List<?>) routers);
        Object useTz = config.get("use_tz");
        if (useTz != null && !(useTz instanceof Boolean)) {
            throw new ConfigurationException("TortoiseConfig.use_tz must be a bool or None, got " + describe(useTz));
        }
        builder.useTz(Boolean.TRUE.equals(useTz));
        Object timezone = config.get("timezone");
        if (timezone != null && !(timezone instanceof String)) {
            throw new ConfigurationException("TortoiseConfig.timezone must be a string or None, got " + describe(timezone));
        }
        return builder.timezone((String) timezone).build();
    }

    /** The non-empty map of a required section, with upstream's messages when it is missing or not one. */
    private static Map<?, ?> section(Map<?, ?> config, String section, String shape) {
        if (!config.containsKey(section)) {
            throw new ConfigurationException("Config must define \"" + section + "\" section" + shape);
        }
        if (!(config.get(section) instanceof Map<?, ?> map) || map.isEmpty()) {
            throw new ConfigurationException("TortoiseConfig." + section + " must be a non-empty dict" + shape
                    + ", got " + describe(config.get(section)));
        }
        return map;
    }

    /** A connection's or app's name, which must be a non-blank string. */
    private static String name(Object key, String what) {
        if (!(key instanceof String name) || name.isBlank()) {
            throw new ConfigurationException(what + " names must be non-empty strings, got " + describe(key));
        }
        return name;
    }

    private static void readConnections(Map<?, ?> config, TortoiseConfig.Builder builder) {
        for (Map.Entry<?, ?> entry : section(config, "connections", CONNECTIONS_SHAPE).entrySet()) {
            String alias = name(entry.getKey(), "Connection");
            Object value = entry.getValue();
            if (value instanceof String url) {
                builder.connection(alias, url);
            } else if (value instanceof Map<?, ?> explicit) {
                readExplicitConnection(alias, explicit, builder);
            } else {
                throw new ConfigurationException("Connection " + MessageText.quote(alias) + ": Connection values must be mapping or"
                        + " string" + CONNECTIONS_SHAPE + ", got " + describe(value));
            }
        }
    }

    private static void readExplicitConnection(String alias, Map<?, ?> connection, TortoiseConfig.Builder builder) {
        String where = "Connection " + MessageText.quote(alias) + ": ";
        rejectUnknownKeys(connection, CONNECTION_KEYS, "key", " in connection " + MessageText.quote(alias));
        if (connection.containsKey("db_url")) {
            if (connection.containsKey("engine") || connection.containsKey("credentials")) {
                throw new ConfigurationException(where + "ConnectionConfig cannot set db_url together with"
                        + " engine/credentials; give either a URL or an engine with credentials");
            }
            if (!(connection.get("db_url") instanceof String url) || url.isBlank()) {
                throw new ConfigurationException(where + "DBUrlConfig.url must be a non-empty string, got "
                        + describe(connection.get("db_url")));
            }
            builder.connection(alias, url);
            return;
        }
        if (!(connection.get("engine") instanceof String engine) || engine.isBlank()) {
            throw new ConfigurationException(where + "ConnectionConfig.engine must be a non-empty string, such as"
                    + " tortoise.backends.sqlite, got " + describe(connection.get("engine")));
        }
        if (!(connection.get("credentials") instanceof Map<?, ?> credentials)) {
            throw new ConfigurationException(where + "ConnectionConfig.credentials must be a dict (credential name"
                    + " -> value), got " + describe(connection.get("credentials")));
        }
        for (Object key : credentials.keySet()) {
            if (!(key instanceof String)) {
                throw new ConfigurationException(where + "Credential names must be non-empty strings, got " + describe(key));
            }
        }
        @SuppressWarnings("unchecked")
        Map<String, ?> typedCredentials = (Map<String, ?>) credentials;
        builder.connection(alias, engine, typedCredentials);
    }

    private static void readApps(Map<?, ?> config, TortoiseConfig.Builder builder) {
        String shape = " (label -> {\"models\": [\"com.example.models\"], \"default_connection\": \"default\"})";
        for (Map.Entry<?, ?> entry : section(config, "apps", shape).entrySet()) {
            String label = name(entry.getKey(), "App");
            String where = "App " + MessageText.quote(label) + ": ";
            if (!(entry.getValue() instanceof Map<?, ?> app)) {
                throw new ConfigurationException(where + "AppConfig must be created from a mapping" + shape
                        + ", got " + describe(entry.getValue()));
            }
            rejectUnknownKeys(app, APP_KEYS, "key", " in app " + MessageText.quote(label));
            if (!app.containsKey("models")) {
                throw new ConfigurationException(where + "AppConfig requires \"models\" (a list of model modules,"
                        + " e.g. [\"com.example.models\"])");
            }
            if (!(app.get("models") instanceof List<?> models)) {
                throw new ConfigurationException(where + "AppConfig.models must be a list of strings, got "
                        + describe(app.get("models")));
            }
            Object connection = app.get("default_connection");
            if (connection != null && !(connection instanceof String)) {
                throw new ConfigurationException(where + "AppConfig.default_connection must be a string or None, got "
                        + describe(connection));
            }
            Object migrations = app.get("migrations");
            if (migrations != null && !(migrations instanceof String)) {
                throw new ConfigurationException(where + "AppConfig.migrations must be a package name string or None,"
                        + " e.g. \"com.example.app.migrations\", got " + describe(migrations));
            }
            List<String> modules = new ArrayList<>(models.size());
            for (Object module : models) {
                if (!(module instanceof String name)) {
                    throw new ConfigurationException(where + "AppConfig.models must contain non-empty strings, got "
                            + describe(module));
                }
                modules.add(name);
            }
            builder.app(label, modules, (String) connection, (String) migrations);
        }
    }

    private static void rejectUnknownKeys(Map<?, ?> map, List<String> valid, String what, String where) {
        for (Object key : map.keySet()) {
            if (!(key instanceof String name)) {
                throw new ConfigurationException("Config keys must be strings, got " + describe(key) + where
                        + "; valid keys: " + String.join(", ", valid));
            }
            if (!valid.contains(name)) {
                throw new ConfigurationException("Unknown " + what + " " + MessageText.quote(name) + where
                        + Suggestions.didYouMean(name, valid) + "; valid keys: " + String.join(", ", valid));
            }
        }
    }

    /** A value as a message shows it ({@link MessageText}): strings quoted and cut, maps and lists by their size. */
    static String describe(Object value) {
        if (value instanceof String text) {
            return MessageText.quote(text);
        }
        return MessageText.describe(value);
    }
}
