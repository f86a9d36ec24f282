package dev.tortoise.spring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code tortoise.*} properties of a Spring Boot application: upstream's config dictionary in
 * Spring's relaxed form.
 *
 * <pre>{@code
 * tortoise:
 *   connections:            # alias -> db_url; leave out to use the application's DataSource
 *     default: postgres://app@127.0.0.1:5432/app
 *   apps:
 *     models:
 *       models: [com.example.app.models]
 *       default-connection: default
 *   use-tz: false
 *   timezone: UTC
 *   routers: [com.example.app.ReadReplicaRouter]
 *   generate-schemas: false
 * }</pre>
 *
 * <p>Without {@code connections}, the connection {@code default} is the application's one
 * {@code DataSource} bean, and Spring's transactions on it drive Tortoise's (see
 * {@link SpringTransactionDataSource}). Validation happens when the {@code Tortoise} bean is made:
 * what {@link dev.tortoise.TortoiseConfig} refuses fails the context's start with its message.
 */
@ConfigurationProperties("tortoise")
public class TortoiseProperties {

    /** Connection alias to its db_url (sqlite://..., postgres://...); empty means the application's DataSource. */
    private Map<String, String> connections = new LinkedHashMap<>();
    /** App label to its model modules and default connection. */
    private Map<String, App> apps = new LinkedHashMap<>();
    /** Upstream use_tz: datetimes are timezone-aware. */
    private boolean useTz;
    /** Upstream timezone: the zone of datetimes read and written. */
    private String timezone = "UTC";
    /** Router class names, in order; each needs a public no-argument constructor. */
    private List<String> routers = new ArrayList<>();
    /** Whether the context's start creates missing tables (generateSchemas, CREATE ... IF NOT EXISTS). */
    private boolean generateSchemas;
    /** Engine of the application's DataSource: auto (read from its JDBC metadata) or an engine name. */
    private String dataSourceEngine = "auto";

    /** Connection alias to its {@code db_url}; empty means the application's {@code DataSource}. */
    public Map<String, String> getConnections() {
        return connections;
    }

    /** Sets the connections, alias to {@code db_url}. */
    public void setConnections(Map<String, String> connections) {
        this.connections = connections;
    }

    /** App label to its models and default connection. */
    public Map<String, App> getApps() {
        return apps;
    }

    /** Sets the apps. */
    public void setApps(Map<String, App> apps) {
        this.apps = apps;
    }

    /** Upstream {@code use_tz}; default false. */
    public boolean isUseTz() {
        return useTz;
    }

    /** Sets upstream {@code use_tz}. */
    public void setUseTz(boolean useTz) {
        this.useTz = useTz;
    }

    /** Upstream {@code timezone}; default {@code UTC}. */
    public String getTimezone() {
        return timezone;
    }

    /** Sets upstream {@code timezone}. */
    public void setTimezone(String timezone) {
        this.timezone = timezone;
    }

    /** Router class names, in order; each needs a public no-argument constructor. */
    public List<String> getRouters() {
        return routers;
    }

    /** Sets the router class names. */
    public void setRouters(List<String> routers) {
        this.routers = routers;
    }

    /** Whether the context's start runs {@code generateSchemas()} (safe: {@code IF NOT EXISTS}); default false. */
    public boolean isGenerateSchemas() {
        return generateSchemas;
    }

    /** Sets whether schemas are generated at start. */
    public void setGenerateSchemas(boolean generateSchemas) {
        this.generateSchemas = generateSchemas;
    }

    /**
     * The engine of the application's {@code DataSource} when it is used: {@code auto} (default,
     * read from its JDBC metadata) or an engine name such as {@code postgres}.
     */
    public String getDataSourceEngine() {
        return dataSourceEngine;
    }

    /** Sets the engine of the application's {@code DataSource}. */
    public void setDataSourceEngine(String dataSourceEngine) {
        this.dataSourceEngine = dataSourceEngine;
    }

    /** One app: its model modules (packages or holder classes) and the connection its models use. */
    public static class App {
        /** The app's model modules: packages or holder classes. */
        private List<String> models = new ArrayList<>();
        /** The connection alias the app's models use. */
        private String defaultConnection = "default";

        /** The app's model modules: packages or holder classes, as {@code TortoiseConfig} takes them. */
        public List<String> getModels() {
            return models;
        }

        /** Sets the model modules. */
        public void setModels(List<String> models) {
            this.models = models;
        }

        /** The connection alias the app's models use; default {@code default}. */
        public String getDefaultConnection() {
            return defaultConnection;
        }

        /** Sets the connection alias the app's models use. */
        public void setDefaultConnection(String defaultConnection) {
            this.defaultConnection = defaultConnection;
        }
    }
}
