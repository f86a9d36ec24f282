package dev.tortoise.bench.crud.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tortoise.bench.Backend;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * What the hand-written JDBC code does differently per database, for the column types of the CRUD
 * shapes. Values are stored as Tortoise stores them (UTC datetimes; on SQLite datetimes and decimals
 * as text), so the floor reads and writes the same bytes as ours.
 */
enum SqlDialect {
    SQLITE('"'),
    POSTGRES('"'),
    MYSQL('`');

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() { };
    private static final DateTimeFormatter SQLITE_DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private final char quote;

    SqlDialect(char quote) {
        this.quote = quote;
    }

    static SqlDialect of(Backend backend) {
        return switch (backend.dialect()) {
            case "sqlite" -> SQLITE;
            case "postgres" -> POSTGRES;
            default -> MYSQL;
        };
    }

    /** The identifier in the dialect's quotes. */
    String quote(String identifier) {
        return quote + identifier + quote;
    }

    /** A statement for an INSERT whose generated {@code id} is read back with {@code getGeneratedKeys()}. */
    PreparedStatement prepareInsert(Connection c, String sql) throws SQLException {
        // pgjdbc answers RETURN_GENERATED_KEYS with RETURNING *: name the one column instead
        return this == POSTGRES ? c.prepareStatement(sql, new String[] {"id"})
                : c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
    }

    void setTimestamp(PreparedStatement ps, int i, OffsetDateTime value) throws SQLException {
        switch (this) {
            case SQLITE -> ps.setString(i, SQLITE_DATETIME.format(value.withOffsetSameInstant(ZoneOffset.UTC)));
            case POSTGRES -> ps.setObject(i, value);
            case MYSQL -> ps.setObject(i, value.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
        }
    }

    OffsetDateTime getTimestamp(ResultSet rs, int i) throws SQLException {
        return switch (this) {
            case SQLITE -> LocalDateTime.parse(rs.getString(i), SQLITE_DATETIME).atOffset(ZoneOffset.UTC);
            case POSTGRES -> rs.getObject(i, OffsetDateTime.class);
            case MYSQL -> rs.getObject(i, LocalDateTime.class).atOffset(ZoneOffset.UTC);
        };
    }

    void setDecimal(PreparedStatement ps, int i, BigDecimal value) throws SQLException {
        if (value == null) {
            ps.setNull(i, this == SQLITE ? Types.VARCHAR : Types.DECIMAL);
        } else if (this == SQLITE) {
            ps.setString(i, value.toPlainString());
        } else {
            ps.setBigDecimal(i, value);
        }
    }

    BigDecimal getDecimal(ResultSet rs, int i) throws SQLException {
        if (this == SQLITE) {
            String text = rs.getString(i);
            return text == null ? null : new BigDecimal(text);
        }
        return rs.getBigDecimal(i);
    }

    void setJson(PreparedStatement ps, int i, Map<String, Object> value) throws SQLException {
        if (value == null) {
            ps.setNull(i, this == POSTGRES ? Types.OTHER : Types.VARCHAR);
            return;
        }
        String text;
        try {
            text = JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new SQLException("cannot write JSON " + value, e);
        }
        if (this == POSTGRES) {
            ps.setObject(i, text, Types.OTHER);
        } else {
            ps.setString(i, text);
        }
    }

    Map<String, Object> getJson(ResultSet rs, int i) throws SQLException {
        String text = rs.getString(i);
        if (text == null) {
            return null;
        }
        try {
            return JSON.readValue(text, JSON_OBJECT);
        } catch (JsonProcessingException e) {
            throw new SQLException("column " + i + " holds no JSON object: " + text, e);
        }
    }
}
