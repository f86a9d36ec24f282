package dev.tortoise.backend.mysql;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.internal.jdbc.SqlErrorTranslator;
import dev.tortoise.spi.BackendProvider;
import dev.tortoise.spi.CredentialKey;
import dev.tortoise.spi.DbClient;
import dev.tortoise.spi.SchemaDialect;
import dev.tortoise.spi.ValueCodec;
import org.mariadb.jdbc.Driver;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The MySQL/MariaDB backend: engine {@code tortoise.backends.mysql}; aliases {@code mysql},
 * {@code mariadb}.
 *
 * <p>Credentials: {@code host} (default localhost), {@code port} (3306), {@code user},
 * {@code password} (default empty), {@code database}, {@code minsize} (1), {@code maxsize} (5),
 * {@code charset} (utf8mb4), {@code sql_mode} (STRICT_TRANS_TABLES), {@code connect_timeout}
 * (seconds), {@code pool_recycle} (seconds), {@code ssl} (a flag or a Connector/J sslMode). Text
 * always travels as UTF-8 (the driver's choice); {@code charset} sets the session's
 * {@code character_set_connection} and is what schema generation writes in {@code CREATE TABLE}.
 */
public final class MysqlBackendProvider implements BackendProvider {

    @Override
    public String engine() {
        return "tortoise.backends.mysql";
    }

    @Override
    public Set<String> aliases() {
        return Set.of("mysql", "mariadb");
    }

    @Override
    public String dialect() {
        return "mysql";
    }

    @Override
    public DbClient createClient(String connectionName, Map<String, Object> credentials) {
        MysqlSettings settings = MysqlSettings.from(connectionName, credentials);
        return new MysqlClient(settings, MysqlClient.translator(settings));
    }

    /** Reads {@code charset} (default utf8mb4) for every table's {@code CHARACTER SET}. */
    @Override
    public SchemaDialect schemaDialect(Map<String, Object> credentials) {
        return new MysqlSchemaDialect(CredentialKey.CHARSET.stringValue(credentials, engine()));
    }

    @Override
    public void createDatabase(Map<String, Object> credentials) {
        MysqlSettings settings = MysqlSettings.from("create_db", credentials);
        onServer(settings, "CREATE DATABASE " + quote(requireDatabase(settings)));
    }

    @Override
    public void dropDatabase(Map<String, Object> credentials) {
        MysqlSettings settings = MysqlSettings.from("drop_db", credentials);
        onServer(settings, "DROP DATABASE IF EXISTS " + quote(requireDatabase(settings)));
    }

    /** Runs one statement on a server-level connection (no database selected), closed afterwards. */
    private static void onServer(MysqlSettings settings, String sql) {
        SqlErrorTranslator translator = MysqlClient.translator(settings);
        Properties login = new Properties();
        if (settings.user() != null) {
            login.setProperty("user", settings.user());
        }
        login.setProperty("password", settings.password());
        Connection connection;
        try {
            connection = new Driver().connect(settings.jdbcUrl(null), login);
        } catch (SQLException e) {
            throw translator.connectionFailed(e);
        }
        try (connection; Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw translator.translate(e, sql);
        }
    }

    private static String requireDatabase(MysqlSettings settings) {
        if (settings.database() == null || settings.database().isBlank()) {
            throw new ConfigurationException("No \"database\" credential: creating or dropping a MySQL database"
                    + " needs its name");
        }
        return settings.database();
    }

    private static String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    @Override
    public ValueCodec valueCodec(boolean useTz, java.time.ZoneId timezone) {
        return new MysqlValueCodec(useTz, timezone);
    }
}
