package dev.tortoise.backend.postgres;

import com.zaxxer.hikari.HikariConfig;
import dev.tortoise.internal.jdbc.DriverWarmUp;
import dev.tortoise.internal.jdbc.JdbcClient;
import dev.tortoise.internal.jdbc.PooledConnectionSource;
import dev.tortoise.internal.jdbc.SqlErrorTranslator;
import org.postgresql.ds.PGSimpleDataSource;
import org.postgresql.util.PGobject;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Properties;
import java.util.UUID;

/**
 * A PostgreSQL database behind a HikariCP pool of {@code minsize..maxsize} connections, started on
 * the first call. What differs from the other backends: {@code schema} becomes the
 * {@code search_path}, JSON values are read as their text, TIME/TIMETZ as {@code LocalTime}/{@code OffsetTime},
 * and generated keys come from {@code RETURNING}.
 */
final class PostgresClient extends JdbcClient {

    static final Duration BORROW_TIMEOUT = Duration.ofSeconds(30);

    PostgresClient(PostgresSettings settings, SqlErrorTranslator translator) {
        super(settings.alias(), "postgres", new PooledConnectionSource(settings.alias(),
                () -> hikariConfig(settings), settings.maxSize(), BORROW_TIMEOUT, translator, PostgresClient::warmUp),
                translator);
    }

    /** Loads the driver's classes for the common parameter and column types (see DriverWarmUp). */
    private static void warmUp(Connection connection) throws SQLException {
        DriverWarmUp.exercise(connection, "SELECT CAST(? AS TEXT) AS s, CAST(? AS INTEGER) AS i, CAST(? AS BIGINT) AS l,"
                        + " CAST(? AS SMALLINT) AS h, CAST(? AS DOUBLE PRECISION) AS d, CAST(? AS NUMERIC) AS n,"
                        + " CAST(? AS BOOLEAN) AS b, CAST(? AS BYTEA) AS y, CAST(? AS TEXT) AS z, CAST(? AS DATE) AS t,"
                        + " CAST(? AS TIMESTAMP) AS ts, CAST(? AS TIME) AS tm, CAST(? AS TIMESTAMPTZ) AS tz, CAST(? AS UUID) AS u",
                "a", 1, 1L, (short) 1, 1.5, BigDecimal.ONE, true, new byte[]{1}, null, LocalDate.EPOCH,
                LocalDateTime.of(2000, 1, 1, 0, 0), LocalTime.NOON, OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                UUID.randomUUID());
    }

    @Override
    protected Object readValue(ResultSet rs, int column, int jdbcType) throws SQLException {
        if (jdbcType == Types.TIME) {
            return readTime(rs, column);
        }
        Object value = rs.getObject(column);
        return value instanceof PGobject object ? object.getValue() : value;
    }

    /**
     * TIME and TIMETZ as {@code LocalTime} and {@code OffsetTime}: the driver's default,
     * {@code java.sql.Time}, drops microseconds and the offset. Both report {@code Types.TIME}; the
     * text form tells them apart without a catalog query (only an offset has a sign).
     */
    private static Object readTime(ResultSet rs, int column) throws SQLException {
        String text = rs.getString(column);
        if (text == null) {
            return null;
        }
        boolean hasOffset = text.indexOf('+') >= 0 || text.indexOf('-') >= 0;
        return hasOffset ? rs.getObject(column, OffsetTime.class) : rs.getObject(column, LocalTime.class);
    }

    private static HikariConfig hikariConfig(PostgresSettings settings) {
        HikariConfig config = PooledConnectionSource.baseConfig(settings.alias(), settings.minSize(),
                settings.maxSize(), BORROW_TIMEOUT);
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[]{settings.host()});
        dataSource.setPortNumbers(new int[]{settings.port()});
        if (settings.database() != null) {
            dataSource.setDatabaseName(settings.database());
        }
        Properties properties = settings.driverProperties();
        dataSource.setApplicationName(properties.getProperty("ApplicationName"));
        dataSource.setCurrentSchema(properties.getProperty("currentSchema"));
        if (properties.containsKey("sslmode")) {
            dataSource.setSslMode(properties.getProperty("sslmode"));
        }
        if (properties.containsKey("connectTimeout")) {
            dataSource.setConnectTimeout(Integer.parseInt(properties.getProperty("connectTimeout")));
        }
        dataSource.setOptions(properties.getProperty("options"));
        dataSource.setReWriteBatchedInserts(true);
        // The user and password go to Hikari, which masks the password when it logs its configuration.
        config.setDataSource(dataSource);
        if (settings.user() != null) {
            config.setUsername(settings.user());
        }
        if (settings.password() != null) {
            config.setPassword(settings.password());
        }
        return config;
    }

    static SqlErrorTranslator translator(PostgresSettings settings) {
        return new SqlErrorTranslator(settings.alias(), settings.target(), new PostgresErrorCodes(),
                Arrays.asList(settings.password()));
    }
}
