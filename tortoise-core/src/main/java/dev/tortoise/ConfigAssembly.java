package dev.tortoise;

import dev.tortoise.TortoiseConfig.AppConfigDraft;
import dev.tortoise.TortoiseConfig.ConnectionDraft;
import dev.tortoise.TortoiseConfig.ExplicitConnection;
import dev.tortoise.exceptions.ConfigurationException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks {@link TortoiseConfig.Builder#build()} runs, in upstream's order: connections, then
 * apps against those connections. Each error names the alias or app at fault.
 */
final class ConfigAssembly {

    private ConfigAssembly() {
    }

    static Map<String, ConnectionConfig> connections(List<ConnectionDraft> drafts) {
        if (drafts.isEmpty()) {
            throw new ConfigurationException("Config must define \"connections\" section: add at least one,"
                    + " e.g. builder().connection(\"default\", \"sqlite://db.sqlite3\")");
        }
        Map<String, ConnectionConfig> connections = new LinkedHashMap<>();
        for (ConnectionDraft draft : drafts) {
            String alias = draft.alias();
            if (alias == null || alias.isBlank()) {
                throw new ConfigurationException("Connection names must be non-empty strings, got "
                        + (alias == null ? "null" : "\"" + alias + "\""));
            }
            if (connections.containsKey(alias)) {
                throw new ConfigurationException("Connection \"" + alias + "\" is defined twice;"
                        + " each alias must name one connection");
            }
            connections.put(alias, resolve(alias, draft.source()));
        }
        return connections;
    }

    private static ConnectionConfig resolve(String alias, Object source) {
        try {
            if (source instanceof ConnectionConfig ready) {
                return ready;
            }
            if (source instanceof ExplicitConnection explicit) {
                return new ConnectionConfig(explicit.engine(), explicit.credentials());
            }
            return DbUrl.expand((String) source);
        } catch (ConfigurationException e) {
            throw new ConfigurationException("Connection \"" + alias + "\": " + e.getMessage(), e);
        }
    }

    static Map<String, AppConfig> apps(List<AppConfigDraft> drafts, Set<String> connectionAliases) {
        if (drafts.isEmpty()) {
            throw new ConfigurationException("Config must define \"apps\" section: add at least one,"
                    + " e.g. builder().app(\"app\", List.of(\"com.example.models\"))");
        }
        Map<String, AppConfig> apps = new LinkedHashMap<>();
        for (AppConfigDraft draft : drafts) {
            AppConfig app = new AppConfig(draft.label(), draft.models(), draft.defaultConnection());
            if (apps.containsKey(app.label())) {
                throw new ConfigurationException("App \"" + app.label() + "\" is defined twice;"
                        + " each label must name one app");
            }
            if (!connectionAliases.contains(app.defaultConnection())) {
                throw new ConfigurationException("App \"" + app.label() + "\" refers to unknown connection \""
                        + app.defaultConnection() + "\"; configured connections: "
                        + String.join(", ", connectionAliases));
            }
            apps.put(app.label(), app);
        }
        return apps;
    }

    static void checkTimezone(String timezone) {
        try {
            ZoneId.of(timezone);
        } catch (DateTimeException e) {
            throw new ConfigurationException("Unknown timezone \"" + timezone
                    + "\": use a zone ID such as UTC, Europe/Paris or +02:00", e);
        }
    }
}
