package dev.tortoise.spi.jdbc;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a result set into rows of column label to value, in column order. The metadata is read
 * once per result set, not once per row.
 */
final class RowReader {

    /** Reads one column of the current row; backends adapt driver types here. */
    @FunctionalInterface
    interface ColumnReader {
        Object read(ResultSet rs, int column, int jdbcType) throws SQLException;
    }

    private RowReader() {
    }

    /**
     * Every row.
     *
     * @param withTypes whether {@code reader} needs each column's JDBC type; without, it gets
     *                  {@link Types#OTHER} and the driver is not asked (see {@link JdbcClient#readsColumnTypes()})
     */
    static List<Map<String, Object>> readAll(ResultSet rs, ColumnReader reader, boolean withTypes) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        int count = meta.getColumnCount();
        String[] labels = new String[count];
        int[] types = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = meta.getColumnLabel(i + 1);
            types[i] = withTypes ? meta.getColumnType(i + 1) : Types.OTHER;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        while (rs.next()) {
            Map<String, Object> row = LinkedHashMap.newLinkedHashMap(count);
            for (int i = 0; i < count; i++) {
                row.put(labels[i], reader.read(rs, i + 1, types[i]));
            }
            rows.add(row);
        }
        return rows;
    }
}
