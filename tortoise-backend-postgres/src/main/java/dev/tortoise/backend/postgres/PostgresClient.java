package dev.tortoise.backend.postgres;

import com.zaxxer.hikari.HikariConfig;
import dev.tortoise.spi.jdbc.DriverWarmUp;
import dev.tortoise.spi.jdbc.ConnectionSource;
import dev.tortoise.spi.jdbc.DataSourceConnectionSource;
import dev.tortoise.spi.jdbc.JdbcClient;
import dev.tortoise.spi.jdbc.SqlErrorTranslator;
import org.postgresql.ds.PGSimpleDataSource;
import org.postgresql.util.PGobject;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A PostgreSQL database behind a HikariCP pool of {@code minsize..maxsize} connections, started on
 * the first call. What differs from the other backends: {@code schema} becomes the
 * {@code search_path}, JSON values are read as their text, TIME/TIMETZ as {@code LocalTime}/{@code OffsetTime},
 * DATE/TIMESTAMP/TIMESTAMPTZ as {@code LocalDate}/{@code LocalDateTime}/{@code OffsetDateTime},
 * and generated keys come from {@code RETURNING}.
 */
final class PostgresClient extends JdbcClient {

    PostgresClient(PostgresSettings settings) {
        this(settings, settings.server().translator());
    }

    private PostgresClient(PostgresSettings settings, SqlErrorTranslator translator) {
        super(settings.server().alias(), "postgres",
                settings.server().pool(() -> hikariConfig(settings), translator, PostgresClient::warmUp), translator);
    }

    /** A client on connections of the caller's data source, which it never closes. */
    static PostgresClient onDataSource(String alias, DataSource dataSource) {
        SqlErrorTranslator translator = new SqlErrorTranslator(alias, "PostgreSQL through "
                + dataSource.getClass().getName(), new PostgresErrorCodes(), List.of());
        return new PostgresClient(alias, new DataSourceConnectionSource(alias, dataSource, translator,
                DataSourceConnectionSource.NOTHING), translator);
    }

    private PostgresClient(String alias, ConnectionSource source, SqlErrorTranslator translator) {
        super(alias, "postgres", source, translator);
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

    /** pgjdbc fetches rows in batches (a cursor) only outside auto-commit. */
    @Override
    protected boolean streamsOnlyInTransactions() {
        return true;
    }

    /** A Java array (an ARRAY column's value, as the codec made it) as a PostgreSQL array of its element type. */
    @Override
    protected void bindValue(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value instanceof Object[] array) {
            ps.setArray(index, ps.getConnection().createArrayOf(elementType(array.getClass().getComponentType()), array));
        } else {
            super.bindValue(ps, index, value);
        }
    }

    private static String elementType(Class<?> element) {
        return switch (element.getSimpleName()) {
            case "Integer" -> "int4";
            case "Long" -> "int8";
            case "Short" -> "int2";
            case "Double" -> "float8";
            case "Boolean" -> "bool";
            case "BigDecimal" -> "numeric";
            case "UUID" -> "uuid";
            default -> "text";
        };
    }

    /**
     * DATE, TIMESTAMP and TIMESTAMPTZ as {@code java.time} values: the driver's defaults
     * ({@code java.sql.Date}, {@code Timestamp}) pass through {@code java.util}'s calendar, which
     * switches to the Julian calendar before 1582, so year 1 came back two days early.
     */
    @Override
    protected Object readValue(ResultSet rs, int column, int jdbcType) throws SQLException {
        if (jdbcType == Types.TIME) {
            return readTime(rs, column);
        }
        if (jdbcType == Types.ARRAY) {
            return readArray(rs, column);
        }
        if (jdbcType == Types.DATE) {
            return rs.getObject(column, LocalDate.class);
        }
        if (jdbcType == Types.TIMESTAMP || jdbcType == Types.TIMESTAMP_WITH_TIMEZONE) {
            boolean zoned = jdbcType == Types.TIMESTAMP_WITH_TIMEZONE
                    || "timestamptz".equals(rs.getMetaData().getColumnTypeName(column));
            return zoned ? rs.getObject(column, OffsetDateTime.class) : rs.getObject(column, LocalDateTime.class);
        }
        Object value = rs.getObject(column);
        return value instanceof PGobject object ? object.getValue() : value;
    }

    /** An array as a list of its elements, read while the row is current (the driver's Array may need the connection). */
    private static Object readArray(ResultSet rs, int column) throws SQLException {
        java.sql.Array array = rs.getArray(column);
        if (array == null) {
            return null;
        }
        try {
            return new java.util.ArrayList<>(java.util.Arrays.asList((Object[]) array.getArray()));
        } finally {
            array.free();
        }
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
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[]{settings.server().host()});
        dataSource.setPortNumbers(new int[]{settings.server().port()});
        if (settings.server().database() != null) {
            dataSource.setDatabaseName(settings.server().database());
        }
        dataSource.setApplicationName(settings.applicationName());
        dataSource.setCurrentSchema(settings.schema());
        if (settings.server().sslMode() != null) {
            dataSource.setSslMode(settings.server().sslMode());
        }
        dataSource.setConnectTimeout(settings.connectTimeoutSeconds());
        // the whole login, not only the TCP connect: a server that accepts and never answers fails in time
        dataSource.setLoginTimeout(settings.connectTimeoutSeconds());
        dataSource.setSocketTimeout(settings.statementTimeoutSeconds());
        dataSource.setOptions(settings.options());
        dataSource.setReWriteBatchedInserts(true);
        return settings.server().poolConfig(dataSource);
    }
}
