package dev.tortoise.bench.crud.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/** Nullable numbers through JDBC's primitive getters and setters, which know no null. */
final class Nulls {

    private Nulls() {
    }

    static void setDouble(PreparedStatement ps, int i, Double value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.DOUBLE);
        } else {
            ps.setDouble(i, value);
        }
    }

    static void setShort(PreparedStatement ps, int i, Short value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.SMALLINT);
        } else {
            ps.setShort(i, value);
        }
    }

    static void setInt(PreparedStatement ps, int i, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, value);
        }
    }

    static void setLong(PreparedStatement ps, int i, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, value);
        }
    }

    static Double getDouble(ResultSet rs, int i) throws SQLException {
        double value = rs.getDouble(i);
        return rs.wasNull() ? null : value;
    }

    static Short getShort(ResultSet rs, int i) throws SQLException {
        short value = rs.getShort(i);
        return rs.wasNull() ? null : value;
    }

    static Integer getInt(ResultSet rs, int i) throws SQLException {
        int value = rs.getInt(i);
        return rs.wasNull() ? null : value;
    }

    static Long getLong(ResultSet rs, int i) throws SQLException {
        long value = rs.getLong(i);
        return rs.wasNull() ? null : value;
    }
}
