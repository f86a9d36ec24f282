package dev.tortoise.bench.crud.jdbc;

import dev.tortoise.bench.crud.Shape;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The hand-written SQL of one shape in one dialect, and the mapping between its rows and the plain
 * row class: every column read with its own getter, in column order. Subclasses add the columns
 * after {@code text}.
 *
 * @param <R> the plain row class
 */
abstract class JournalTable<R extends JournalRow> {

    final SqlDialect dialect;
    /** INSERT of every column but {@code id}. */
    final String insert;
    /** SELECT of every column, {@code WHERE level = ?}. */
    final String selectByLevel;
    /** As {@link #selectByLevel} with {@code LIMIT ? OFFSET ?}. */
    final String selectPage;
    /** SELECT of every column, {@code WHERE id = ?}. */
    final String selectById;
    /** SELECT of every column, {@code WHERE id BETWEEN ? AND ? ORDER BY id}. */
    final String selectRange;
    /** UPDATE of every column but {@code id}, {@code WHERE id = ?}. */
    final String updateAll;
    /** UPDATE of {@code level}, {@code WHERE id = ?}. */
    final String updateLevel;
    /** DELETE {@code WHERE id = ?}. */
    final String deleteById;
    /** Every id, ascending. */
    final String selectIds;
    /** {@code count(*)}. */
    final String count;

    private final List<String> names;

    JournalTable(SqlDialect dialect, List<String> extraColumns) {
        this.dialect = dialect;
        List<String> written = new ArrayList<>(List.of("timestamp", "level", "text"));
        written.addAll(extraColumns);
        List<String> all = new ArrayList<>(List.of("id"));
        all.addAll(written);
        this.names = List.copyOf(all);
        String table = dialect.quote("journal");
        String id = dialect.quote("id");
        String select = "SELECT " + all.stream().map(dialect::quote).collect(Collectors.joining(",")) + " FROM " + table;
        insert = "INSERT INTO " + table + " (" + written.stream().map(dialect::quote).collect(Collectors.joining(","))
                + ") VALUES (" + written.stream().map(c -> "?").collect(Collectors.joining(",")) + ")";
        selectByLevel = select + " WHERE " + dialect.quote("level") + " = ?";
        selectPage = selectByLevel + " LIMIT ? OFFSET ?";
        selectById = select + " WHERE " + id + " = ?";
        selectRange = select + " WHERE " + id + " BETWEEN ? AND ? ORDER BY " + id;
        updateAll = "UPDATE " + table + " SET " + written.stream().map(c -> dialect.quote(c) + " = ?")
                .collect(Collectors.joining(",")) + " WHERE " + id + " = ?";
        updateLevel = "UPDATE " + table + " SET " + dialect.quote("level") + " = ? WHERE " + id + " = ?";
        deleteById = "DELETE FROM " + table + " WHERE " + id + " = ?";
        selectIds = "SELECT " + id + " FROM " + table + " ORDER BY " + id;
        count = "SELECT count(*) FROM " + table;
    }

    /** The table of a shape in a dialect. */
    static JournalTable<? extends JournalRow> of(Shape shape, SqlDialect dialect) {
        return switch (shape) {
            case ONE -> new SmallJournalTable(dialect);
            case TWO -> new TreeJournalTable(dialect);
            case THREE -> new WideJournalTable(dialect);
        };
    }

    /** A new row with the shape's defaults, not yet inserted. */
    abstract R newRow();

    /** Binds every column but {@code id}, from parameter 1; returns the index of the next parameter. */
    final int bindColumns(PreparedStatement ps, R row) throws SQLException {
        dialect.setTimestamp(ps, 1, row.timestamp);
        ps.setShort(2, row.level);
        ps.setString(3, row.text);
        return bindExtra(ps, 4, row);
    }

    /** The row under the cursor, every column. */
    final R read(ResultSet rs) throws SQLException {
        R row = newRow();
        row.id = rs.getInt(1);
        row.timestamp = dialect.getTimestamp(rs, 2);
        row.level = rs.getShort(3);
        row.text = rs.getString(4);
        readExtra(rs, 5, row);
        return row;
    }

    /** The row under the cursor as column name → value, in column order. */
    final Map<String, Object> readMap(ResultSet rs) throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(names.get(0), rs.getInt(1));
        row.put(names.get(1), dialect.getTimestamp(rs, 2));
        row.put(names.get(2), rs.getShort(3));
        row.put(names.get(3), rs.getString(4));
        for (int i = 4; i < names.size(); i++) {
            row.put(names.get(i), readExtra(rs, i + 1));
        }
        return row;
    }

    /** The row under the cursor as a list of values, in column order. */
    final List<Object> readList(ResultSet rs) throws SQLException {
        List<Object> row = new ArrayList<>(names.size());
        row.add(rs.getInt(1));
        row.add(dialect.getTimestamp(rs, 2));
        row.add(rs.getShort(3));
        row.add(rs.getString(4));
        for (int i = 4; i < names.size(); i++) {
            row.add(readExtra(rs, i + 1));
        }
        return row;
    }

    /** Binds the columns after {@code text} from parameter {@code first}; returns the next index. */
    abstract int bindExtra(PreparedStatement ps, int first, R row) throws SQLException;

    /** Reads the columns after {@code text}, starting at column {@code first}, into the row. */
    abstract void readExtra(ResultSet rs, int first, R row) throws SQLException;

    /** The value of one column after {@code text} (1-based index), with its column's getter. */
    abstract Object readExtra(ResultSet rs, int column) throws SQLException;
}
