package dev.tortoise.internal.backend;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.exceptions.DbConnectionException;
import dev.tortoise.spi.BackendProvider;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * Picks the backend of a connection given as a {@link DataSource} with engine {@code "auto"}: one
 * connection is borrowed to read {@link java.sql.DatabaseMetaData#getDatabaseProductName()}, and
 * every available backend is asked whether it {@linkplain BackendProvider#recognizes recognises}
 * that product. Core knows no product names. Blocks for that one round trip.
 */
public final class EngineDetection {

    /** The engine name that asks for detection. */
    public static final String AUTO = "auto";

    private EngineDetection() {
    }

    /**
     * The backend serving the data source's database.
     *
     * @throws DbConnectionException when no connection can be borrowed to read the metadata
     * @throws ConfigurationException when no available backend, or more than one, recognises the product
     */
    public static BackendProvider detect(String alias, DataSource dataSource) {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new DbConnectionException("Connection '" + alias + "': could not borrow a connection from the"
                    + " DataSource to detect its engine (\"auto\"): " + e.getMessage() + ". Name the engine instead,"
                    + " such as connection(\"" + alias + "\", dataSource, \"postgres\"), to start without a connection", e);
        }
        BackendRegistry registry = BackendRegistry.get();
        List<BackendProvider> matches = registry.providers().stream().filter(p -> p.recognizes(product)).toList();
        if (matches.size() == 1) {
            return matches.getFirst();
        }
        if (matches.isEmpty()) {
            throw new ConfigurationException("Connection '" + alias + "': no backend on the class path recognises the"
                    + " database \"" + product + "\" of its DataSource. Available engines: " + registry.engines()
                    + "; add the backend's Maven artifact (tortoise-backend-postgres, -mysql, -sqlite, -h2) or name"
                    + " the engine explicitly");
        }
        throw new ConfigurationException("Connection '" + alias + "': several backends recognise the database \""
                + product + "\": " + matches.stream().map(BackendProvider::engine).toList() + "; name the engine");
    }
}
