package dev.tortoise.backend.mysql;

import dev.tortoise.internal.jdbc.ServerBackendProvider;
import dev.tortoise.spi.CredentialKey;
import dev.tortoise.spi.DbClient;
import dev.tortoise.spi.SchemaDialect;
import dev.tortoise.spi.ValueCodec;
import org.mariadb.jdbc.Driver;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

/**
 * The MySQL/MariaDB backend: engine {@code tortoise.backends.mysql}; aliases {@code mysql},
 * {@code mariadb}.
 *
 * <p>Credentials (each declared, with its default, in {@link CredentialKey}): {@code host},
 * {@code port}, {@code user}, {@code password}, {@code database}, {@code minsize}, {@code maxsize},
 * {@code charset}, {@code sql_mode}, {@code storage_engine}, {@code connect_timeout} (seconds),
 * {@code pool_recycle} (seconds), {@code ssl} (a flag or a Connector/J sslMode). Text always
 * travels as UTF-8 (the driver's choice); {@code charset} sets the session's
 * {@code character_set_connection} and is what schema generation writes in {@code CREATE TABLE}.
 */
public final class MysqlBackendProvider extends ServerBackendProvider<MysqlSettings> {

    public MysqlBackendProvider() {
        super(MysqlSettings.PROFILE, MysqlSettings::from, MysqlSettings::server);
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
        return new MysqlClient(settings(connectionName, credentials));
    }

    /** Reads {@code charset} for every table's {@code CHARACTER SET}. */
    @Override
    public SchemaDialect schemaDialect(Map<String, Object> credentials) {
        return new MysqlSchemaDialect(CredentialKey.CHARSET.stringValue(credentials, engine()));
    }

    @Override
    public ValueCodec valueCodec(boolean useTz, ZoneId timezone) {
        return new MysqlValueCodec(useTz, timezone);
    }

    /** A connection with no database selected. */
    @Override
    protected Connection connectToServer(MysqlSettings settings) throws SQLException {
        return new Driver().connect(settings.jdbcUrl(null), settings.server().login());
    }
}
