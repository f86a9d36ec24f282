package dev.tortoise.spi.jdbc;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.spi.BackendProvider;
import dev.tortoise.spi.CredentialKey;
import dev.tortoise.spi.PlatformConfig;
import dev.tortoise.spi.SqlDialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What the providers of server backends share: the engine name from their {@link ServerProfile},
 * and {@code CREATE DATABASE}/{@code DROP DATABASE IF EXISTS} run on a server-level connection that
 * is closed before the method returns. A backend adds how it reads its settings and how it reaches
 * the server without a database of its own.
 *
 * @param <S> the backend's settings, which hold a {@link ServerSettings}
 */
public abstract class ServerBackendProvider<S> implements BackendProvider {

    private final ServerProfile profile;
    private final BiFunction<String, Map<String, Object>, S> settingsReader;
    private final Function<S, ServerSettings> serverPart;

    /**
     * @param profile        what sets this backend apart (its engine names the provider)
     * @param settingsReader reads and validates the settings of one alias from its credentials
     * @param serverPart     the shared part of those settings
     */
    protected ServerBackendProvider(ServerProfile profile, BiFunction<String, Map<String, Object>, S> settingsReader,
                                    Function<S, ServerSettings> serverPart) {
        this.profile = profile;
        this.settingsReader = settingsReader;
        this.serverPart = serverPart;
    }

    /**
     * The validated settings of one alias.
     *
     * @throws ConfigurationException naming the alias and the credential that does not fit
     */
    protected final S settings(String alias, Map<String, Object> credentials) {
        return settingsReader.apply(alias, credentials);
    }

    private ServerSettings server(S settings) {
        return serverPart.apply(settings);
    }

    /**
     * A connection to the server itself, not to the database the credentials name (which may not
     * exist yet); the caller closes it.
     */
    protected abstract Connection connectToServer(S settings) throws SQLException;

    /** The statement that creates the database. Default: {@code CREATE DATABASE <name>}. */
    protected String createDatabaseSql(SqlDialect sql, ServerSettings server) {
        return "CREATE DATABASE " + sql.quote(server.database());
    }

    @Override
    public final String engine() {
        return profile.engine();
    }

    /** The shared server keys ({@link ServerKeys#all}) followed by the backend's own. */
    protected final List<CredentialKey<?>> withServerKeys(List<CredentialKey<?>> own) {
        List<CredentialKey<?>> all = new ArrayList<>(ServerKeys.all(profile));
        all.addAll(own);
        return List.copyOf(all);
    }

    @Override
    public final void createDatabase(Map<String, Object> credentials) {
        S settings = settings("create_db", credentials);
        requireDatabase(server(settings));
        onServer(settings, createDatabaseSql(platform(PlatformConfig.of("create_db", credentials)).sql(), server(settings)));
    }

    @Override
    public final void dropDatabase(Map<String, Object> credentials) {
        S settings = settings("drop_db", credentials);
        String database = requireDatabase(server(settings));
        onServer(settings, "DROP DATABASE IF EXISTS "
                + platform(PlatformConfig.of("drop_db", credentials)).sql().quote(database));
    }

    /** Runs one statement on a server-level connection, closed afterwards. */
    private void onServer(S settings, String sql) {
        SqlErrorTranslator translator = server(settings).translator();
        Connection connection;
        try {
            connection = connectToServer(settings);
        } catch (SQLException e) {
            throw translator.connectionFailed(e);
        }
        try (connection; Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw translator.translate(e, sql);
        }
    }

    private String requireDatabase(ServerSettings server) {
        if (server.database() == null || server.database().isBlank()) {
            throw new ConfigurationException("No \"database\" credential: creating or dropping a "
                    + profile.product() + " database needs its name");
        }
        return server.database();
    }
}
