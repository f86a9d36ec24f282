package dev.tortoise.backend.mysql;

import com.zaxxer.hikari.HikariConfig;
import dev.tortoise.TxOptions;
import dev.tortoise.spi.jdbc.DriverWarmUp;
import dev.tortoise.spi.jdbc.ConnectionSource;
import dev.tortoise.spi.jdbc.DataSourceConnectionSource;
import dev.tortoise.spi.jdbc.JdbcClient;
import dev.tortoise.spi.jdbc.SqlErrorTranslator;
import dev.tortoise.spi.jdbc.SqlScript;
import org.mariadb.jdbc.MariaDbDataSource;

import java.math.BigDecimal;
import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * A MySQL or MariaDB database behind a HikariCP pool of {@code minsize..maxsize} connections,
 * started on the first call. What differs from the other backends: a {@code jdbc:mariadb:} URL,
 * {@code sql_mode} and {@code charset} set per session, a generated key of 0 meaning "none", and
 * DATE/DATETIME/TIME read as {@code java.time} values.
 */
final class MysqlClient extends JdbcClient {

    private static final SqlScript.Syntax BACKSLASH_ESCAPES = new SqlScript.Syntax(true, false);

    MysqlClient(MysqlSettings settings) {
        this(settings, settings.server().translator());
    }

    private MysqlClient(MysqlSettings settings, SqlErrorTranslator translator) {
        super(settings.server().alias(), "mysql",
                settings.server().pool(() -> hikariConfig(settings), translator, MysqlClient::warmUp), translator);
    }

    /** A client on connections of the caller's data source, which it never closes. */
    static MysqlClient onDataSource(String alias, DataSource dataSource) {
        SqlErrorTranslator translator = new SqlErrorTranslator(alias, "MySQL/MariaDB through "
                + dataSource.getClass().getName(), new MysqlErrorCodes(), List.of());
        return new MysqlClient(alias, new DataSourceConnectionSource(alias, dataSource, translator,
                DataSourceConnectionSource.NOTHING), translator);
    }

    private MysqlClient(String alias, ConnectionSource source, SqlErrorTranslator translator) {
        super(alias, "mysql", source, translator);
    }

    /** MySQL reads a backslash inside quotes as an escape (unless {@code NO_BACKSLASH_ESCAPES}). */
    @Override
    protected SqlScript.Syntax scriptSyntax() {
        return BACKSLASH_ESCAPES;
    }

    /**
     * Isolation through JDBC (a session setting, restored afterwards); read-only as
     * {@code SET TRANSACTION READ ONLY}, which binds the next transaction only: the driver's
     * {@code setReadOnly} does not reach the server.
     */
    @Override
    protected void beginSettings(Connection connection, TxOptions options) throws SQLException {
        if (options.isolation().isPresent()) {
            connection.setTransactionIsolation(jdbcLevel(options.isolation().get()));
        }
        if (options.isReadOnly()) {
            try (Statement st = connection.createStatement()) {
                st.execute("SET TRANSACTION READ ONLY");
            }
        }
    }

    @Override
    protected void endSettings(Connection connection, TxOptions options, int isolationBefore) throws SQLException {
        if (options.isolation().isPresent()) {
            connection.setTransactionIsolation(isolationBefore);
        }
    }

    /** Loads the driver's classes for the common parameter and column types (see DriverWarmUp). */
    private static void warmUp(Connection connection) throws SQLException {
        DriverWarmUp.exercise(connection, "SELECT ? AS s, ? AS i, ? AS l, ? AS h, ? AS d, ? AS n, ? AS b, ? AS y,"
                        + " ? AS z, ? AS t, ? AS ts, ? AS tm",
                "a", 1, 1L, (short) 1, 1.5, BigDecimal.ONE, true, new byte[]{1}, null, LocalDate.EPOCH,
                LocalDateTime.of(2000, 1, 1, 0, 0), LocalTime.NOON);
    }

    @Override
    protected Object insertReturningKey(Connection c, String sql, Object[] params) throws SQLException {
        Object key = super.insertReturningKey(c, sql, params);
        // LAST_INSERT_ID() is 0 when the table has no AUTO_INCREMENT column.
        return key instanceof Number n && n.longValue() == 0 ? null : key;
    }

    /**
     * DATETIME as {@code LocalDateTime} and TIME as {@code LocalTime}: the driver's defaults
     * ({@code Timestamp} and {@code Time}) pass through the JVM's time zone, which shifts wall times in
     * its daylight-saving gaps, and {@code Time} drops microseconds. A TIME outside one day (MySQL
     * TIME is also an interval) has no {@code LocalTime} and comes back as its text.
     */
    @Override
    protected Object readValue(ResultSet rs, int column, int jdbcType) throws SQLException {
        if (jdbcType == Types.TIMESTAMP) {
            return rs.getObject(column, LocalDateTime.class);
        }
        if (jdbcType == Types.DATE) {
            return rs.getObject(column, LocalDate.class);  // java.sql.Date goes through the Julian calendar before 1582
        }
        if (jdbcType == Types.TIME) {
            String text = rs.getString(column);
            if (text == null) {
                return null;
            }
            try {
                return LocalTime.parse(text);
            } catch (DateTimeParseException e) {
                return text;
            }
        }
        return rs.getObject(column);
    }

    private static HikariConfig hikariConfig(MysqlSettings settings) {
        MariaDbDataSource dataSource;
        try {
            dataSource = new MariaDbDataSource(settings.jdbcUrl(settings.server().database()));
        } catch (SQLException e) {
            throw new IllegalStateException("The MariaDB driver refused its own URL", e);
        }
        HikariConfig config = settings.server().poolConfig(dataSource);
        config.setMaxLifetime(settings.maxLifetimeMillis());
        return config;
    }
}
