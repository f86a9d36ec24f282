package dev.tortoise.bench.crud.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/** Shape 2: {@code parent_id} after {@code text}; the many-to-many table is never touched. */
final class TreeJournalTable extends JournalTable<TreeJournalRow> {

    TreeJournalTable(SqlDialect dialect) {
        super(dialect, List.of("parent_id"));
    }

    @Override
    TreeJournalRow newRow() {
        return new TreeJournalRow();
    }

    @Override
    int bindExtra(PreparedStatement ps, int first, TreeJournalRow row) throws SQLException {
        if (row.parentId == null) {
            ps.setNull(first, Types.INTEGER);
        } else {
            ps.setInt(first, row.parentId);
        }
        return first + 1;
    }

    @Override
    void readExtra(ResultSet rs, int first, TreeJournalRow row) throws SQLException {
        row.parentId = Nulls.getInt(rs, first);
    }

    @Override
    Object readExtra(ResultSet rs, int column) throws SQLException {
        return Nulls.getInt(rs, column);
    }
}
