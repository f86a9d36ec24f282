package dev.tortoise.spring;

import dev.tortoise.TortoiseConfig;
import dev.tortoise.exceptions.ConfigurationException;
import java.util.Map;
import javax.sql.DataSource;

/** Turns {@link TortoiseProperties} and the application's data source into a {@link TortoiseConfig}. */
final class TortoiseConfigAssembly {

    private TortoiseConfigAssembly() {
    }

    /**
     * @param dataSource the application's one {@code DataSource} bean, or null; used as the
     *                   connection {@code default} when no {@code tortoise.connections} are set
     * @throws ConfigurationException when neither connections nor a data source are there, or no app
     */
    static TortoiseConfig build(TortoiseProperties properties, DataSource dataSource) {
        TortoiseConfig.Builder builder = TortoiseConfig.builder();
        if (!properties.getConnections().isEmpty()) {
            properties.getConnections().forEach(builder::connection);
        } else if (dataSource != null) {
            builder.connection(TortoiseConfig.DEFAULT_CONNECTION, new SpringTransactionDataSource(dataSource),
                    properties.getDataSourceEngine());
        } else {
            throw new ConfigurationException("No connection for Tortoise: set tortoise.connections (alias -> db_url,"
                    + " such as tortoise.connections.default=sqlite://db.sqlite3) or give the application one"
                    + " DataSource bean (spring.datasource.url)");
        }
        if (properties.getApps().isEmpty()) {
            throw new ConfigurationException("No app for Tortoise: set tortoise.apps.<label>.models (the packages or"
                    + " holder classes of the models), such as tortoise.apps.models.models=com.example.app.models");
        }
        for (Map.Entry<String, TortoiseProperties.App> app : properties.getApps().entrySet()) {
            builder.app(app.getKey(), app.getValue().getModels(), app.getValue().getDefaultConnection());
        }
        if (!properties.getRouters().isEmpty()) {
            builder.routers(properties.getRouters());
        }
        return builder.useTz(properties.isUseTz()).timezone(properties.getTimezone()).build();
    }
}
