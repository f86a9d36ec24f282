package dev.tortoise.bench.crud.jdbc;

import dev.tortoise.bench.crud.model.Levels;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** G and H of the floor: the five level queries with each row as a map, or as a list. */
final class RowQueries<R extends JournalRow> {

    private final DataSource pool;
    private final JournalTable<R> table;

    RowQueries(DataSource pool, JournalTable<R> table) {
        this.pool = pool;
        this.table = table;
    }

    /** G: column name → value per row. */
    int mapsByLevel() throws SQLException {
        int rows = 0;
        for (Short level : Levels.ALL) {
            List<Map<String, Object>> result = new ArrayList<>();
            try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(table.selectByLevel)) {
                ps.setShort(1, level);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(table.readMap(rs));
                    }
                }
            }
            rows += result.size();
        }
        return rows;
    }

    /** H: a list of values per row. */
    int listsByLevel() throws SQLException {
        int rows = 0;
        for (Short level : Levels.ALL) {
            List<List<Object>> result = new ArrayList<>();
            try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(table.selectByLevel)) {
                ps.setShort(1, level);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(table.readList(rs));
                    }
                }
            }
            rows += result.size();
        }
        return rows;
    }
}
