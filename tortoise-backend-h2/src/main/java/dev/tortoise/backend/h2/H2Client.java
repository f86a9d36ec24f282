package dev.tortoise.backend.h2;

import com.zaxxer.hikari.HikariConfig;
import dev.tortoise.spi.jdbc.DriverWarmUp;
import dev.tortoise.spi.jdbc.ConnectionSource;
import dev.tortoise.spi.jdbc.DataSourceConnectionSource;
import dev.tortoise.spi.jdbc.JdbcClient;
import dev.tortoise.spi.jdbc.PooledConnectionSource;
import dev.tortoise.spi.jdbc.SqlErrorTranslator;
import org.h2.jdbcx.JdbcDataSource;

import java.math.BigDecimal;
import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * An embedded H2 database behind a HikariCP pool of {@code minsize..maxsize} connections, started
 * on the first call. What differs from the other backends: the URL names the database in memory or
 * in a file (an in-memory one outlives its connections, {@code DB_CLOSE_DELAY=-1}, until it is
 * dropped), generated keys come from JDBC, and TIME, TIMESTAMP, DATE, CLOB and BLOB columns are read
 * as {@code java.time} values, text and bytes rather than the driver's JDBC 1 types.
 */
final class H2Client extends JdbcClient {

    H2Client(H2Settings settings) {
        this(settings, settings.translator());
    }

    private H2Client(H2Settings settings, SqlErrorTranslator translator) {
        super(settings.alias(), "h2", new PooledConnectionSource(settings.alias(), () -> hikariConfig(settings),
                settings.maxSize(), H2Settings.borrowTimeout(), translator, H2Client::warmUp), translator);
    }

    /** A client on connections of the caller's data source, which it never closes. */
    static H2Client onDataSource(String alias, DataSource dataSource) {
        SqlErrorTranslator translator = new SqlErrorTranslator(alias, "H2 through "
                + dataSource.getClass().getName(), new H2ErrorCodes(), List.of());
        return new H2Client(alias, new DataSourceConnectionSource(alias, dataSource, translator,
                DataSourceConnectionSource.NOTHING), translator);
    }

    private H2Client(String alias, ConnectionSource source, SqlErrorTranslator translator) {
        super(alias, "h2", source, translator);
    }

    /** Loads the driver's classes for the common parameter and column types (see DriverWarmUp). */
    private static void warmUp(Connection connection) throws SQLException {
        DriverWarmUp.exercise(connection, "SELECT CAST(? AS VARCHAR) AS s, CAST(? AS INTEGER) AS i,"
                        + " CAST(? AS BIGINT) AS l, CAST(? AS SMALLINT) AS h, CAST(? AS DOUBLE PRECISION) AS d,"
                        + " CAST(? AS NUMERIC(10,2)) AS n, CAST(? AS BOOLEAN) AS b, CAST(? AS VARBINARY) AS y,"
                        + " CAST(? AS VARCHAR) AS z, CAST(? AS DATE) AS t, CAST(? AS TIMESTAMP(6)) AS ts,"
                        + " CAST(? AS TIME(6)) AS tm, CAST(? AS TIMESTAMP(6) WITH TIME ZONE) AS tz, CAST(? AS UUID) AS u",
                "a", 1, 1L, (short) 1, 1.5, BigDecimal.ONE, true, new byte[]{1}, null, LocalDate.EPOCH,
                LocalDateTime.of(2000, 1, 1, 0, 0), LocalTime.NOON,
                OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), UUID.randomUUID());
    }

    @Override
    protected Object readValue(ResultSet rs, int column, int jdbcType) throws SQLException {
        return switch (jdbcType) {
            // The JDBC 1 types (java.sql.Time drops fractions of a second) pass through the JVM's zone.
            case Types.TIME -> rs.getObject(column, LocalTime.class);
            case Types.TIMESTAMP -> rs.getObject(column, LocalDateTime.class);
            case Types.DATE -> rs.getObject(column, LocalDate.class);
            case Types.CLOB, Types.NCLOB -> rs.getString(column);
            case Types.BLOB -> rs.getBytes(column);
            default -> rs.getObject(column);
        };
    }

    private static HikariConfig hikariConfig(H2Settings settings) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(settings.jdbcUrl());
        HikariConfig config = PooledConnectionSource.baseConfig(settings.alias(), settings.minSize(),
                settings.maxSize(), H2Settings.borrowTimeout());
        config.setDataSource(dataSource);
        // Hikari masks the password when it logs its configuration; the data source would not.
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        return config;
    }
}
