package dev.tortoise.backend.mysql;

import dev.tortoise.spi.ColumnTypes;
import dev.tortoise.spi.CredentialKey;
import dev.tortoise.spi.DbClient;
import dev.tortoise.spi.FieldKind;
import dev.tortoise.spi.Platform;
import dev.tortoise.spi.PlatformConfig;
import dev.tortoise.spi.jdbc.ServerBackendProvider;
import org.mariadb.jdbc.Driver;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The MySQL/MariaDB backend: engine {@code tortoise.backends.mysql}; aliases {@code mysql},
 * {@code mariadb}.
 *
 * <p>Credentials ({@link #credentialKeys()}): the shared server keys ({@code host}, {@code port}
 * 3306, {@code user}, {@code password}, {@code database}, {@code minsize}, {@code maxsize},
 * {@code ssl} as a flag or a Connector/J sslMode, {@code connect_timeout} in seconds) and
 * {@code charset}, {@code sql_mode}, {@code storage_engine}, {@code pool_recycle} (seconds). Text
 * always travels as UTF-8 (the driver's choice); {@code charset} sets the session's
 * {@code character_set_connection} and is what schema generation writes in {@code CREATE TABLE}.
 */
public final class MysqlBackendProvider extends ServerBackendProvider<MysqlSettings> {

    /** MySQL's column types where they differ from the standard ones. */
    static final ColumnTypes TYPES = ColumnTypes.standard()
            .with(FieldKind.TEXT, "LONGTEXT")
            .with(FieldKind.DATETIME, "DATETIME(6)")
            .with(FieldKind.TIME, "TIME(6)")
            .with(FieldKind.FLOAT, "DOUBLE")
            .with(FieldKind.BINARY, "LONGBLOB")
            .withGenerated(FieldKind.INT, "INT NOT NULL PRIMARY KEY AUTO_INCREMENT")
            .withGenerated(FieldKind.BIGINT, "BIGINT NOT NULL PRIMARY KEY AUTO_INCREMENT")
            .withGenerated(FieldKind.SMALLINT, "SMALLINT NOT NULL PRIMARY KEY AUTO_INCREMENT");

    private static final MysqlSqlDialect SQL = new MysqlSqlDialect();
    private static final MysqlErrorCodes ERRORS = new MysqlErrorCodes();

    public MysqlBackendProvider() {
        super(MysqlSettings.PROFILE, MysqlSettings::from, MysqlSettings::server);
    }

    @Override
    public Set<String> aliases() {
        return Set.of("mysql", "mariadb");
    }

    @Override
    public List<CredentialKey<?>> credentialKeys() {
        return withServerKeys(MysqlKeys.OWN);
    }

    /** Reads {@code charset} for every table's {@code CHARACTER SET}. */
    @Override
    public Platform platform(PlatformConfig config) {
        return Platform.builder("mysql")
                .types(TYPES)
                .sql(SQL)
                .ddl(new MysqlSchemaDialect(SQL, TYPES, MysqlKeys.CHARSET.read(config.alias(), config.credentials())))
                .alter(MysqlAlterDialect::new)
                .codec(new MysqlValueCodec(config.useTz(), config.timezone()))
                .errors(ERRORS)
                .features(MysqlServerFeatures::new)
                .build();
    }

    /** {@code MySQL}, {@code MariaDB}, as the JDBC drivers name it. */
    @Override
    public boolean recognizes(String databaseProductName) {
        return "MySQL".equalsIgnoreCase(databaseProductName) || "MariaDB".equalsIgnoreCase(databaseProductName);
    }

    @Override
    public DbClient createClient(String connectionName, DataSource dataSource) {
        return MysqlClient.onDataSource(connectionName, dataSource);
    }

    @Override
    public DbClient createClient(String connectionName, Map<String, Object> credentials) {
        return new MysqlClient(settings(connectionName, credentials));
    }

    /** A connection with no database selected. */
    @Override
    protected Connection connectToServer(MysqlSettings settings) throws SQLException {
        return new Driver().connect(settings.jdbcUrl(null), settings.server().login());
    }
}
