package dev.tortoise;

import dev.tortoise.TortoiseConfig.AppConfigDraft;
import dev.tortoise.TortoiseConfig.ConnectionDraft;
import dev.tortoise.TortoiseConfig.ExplicitConnection;
import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.spi.MessageText;
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

    /** Alias to a {@link ConnectionConfig} or a {@link TortoiseConfig.DataSourceConnection}, in order. */
    static Map<String, Object> connections(List<ConnectionDraft> drafts) {
        if (drafts.isEmpty()) {
            throw new ConfigurationException("Config must define \"connections\" section: add at least one,"
                    + " e.g. builder().connection(\"default\", \"sqlite://db.sqlite3\")");
        }
        Map<String, Object> connections = new LinkedHashMap<>();
        for (ConnectionDraft draft : drafts) {
            String alias = draft.alias();
            if (alias == null || alias.isBlank()) {
                throw new ConfigurationException("Connection names must be non-empty strings, got "
                        + (alias == null ? "null" : MessageText.quote(alias)));
            }
            if (connections.containsKey(alias)) {
                throw new ConfigurationException("Connection " + MessageText.quote(alias) + " is defined twice;"
                        + " each alias must name one connection");
            }
            connections.put(alias, resolve(alias, draft.source()));
        }
        return connections;
    }

    private static Object resolve(String alias, Object source) {
        try {
            if (source instanceof TortoiseConfig.DataSourceDraft draft) {
                return dataSource(alias, draft);
            }
            if (source instanceof ConnectionConfig ready) {
                return ready;
            }
            if (source instanceof ExplicitConnection explicit) {
                return new ConnectionConfig(explicit.engine(), explicit.credentials());
            }
            return DbUrl.expand((String) source);
        } catch (ConfigurationException e) {
            throw new ConfigurationException("Connection " + MessageText.quote(alias) + ": " + e.getMessage(), e);
        }
    }

    private static TortoiseConfig.DataSourceConnection dataSource(String alias, TortoiseConfig.DataSourceDraft draft) {
        if (draft.dataSource() == null) {
            throw new ConfigurationException("the DataSource is null; pass the application's DataSource");
        }
        if (draft.engine() == null || draft.engine().isBlank()) {
            throw new ConfigurationException("no engine given for the DataSource: name one (postgres, mysql, sqlite,"
                    + " h2 or tortoise.backends.*), or \"auto\" to detect it from the database's JDBC metadata at init");
        }
        String engine = draft.engine().strip();
        return new TortoiseConfig.DataSourceConnection(
                engine.equalsIgnoreCase("auto") ? "auto" : dev.tortoise.internal.config.Engines.canonical(engine),
                draft.dataSource());
    }

    static Map<String, AppConfig> apps(List<AppConfigDraft> drafts, Set<String> connectionAliases) {
        if (drafts.isEmpty()) {
            throw new ConfigurationException("Config must define \"apps\" section: add at least one,"
                    + " e.g. builder().app(\"app\", List.of(\"com.example.models\"))");
        }
        Map<String, AppConfig> apps = new LinkedHashMap<>();
        for (AppConfigDraft draft : drafts) {
            AppConfig app = new AppConfig(draft.label(), draft.models(), draft.defaultConnection(), draft.migrations());
            if (apps.containsKey(app.label())) {
                throw new ConfigurationException("App " + MessageText.quote(app.label()) + " is defined twice;"
                        + " each label must name one app");
            }
            if (!connectionAliases.contains(app.defaultConnection())) {
                throw new ConfigurationException("App " + MessageText.quote(app.label()) + " refers to unknown connection \""
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
