package dev.tortoise.bench.crud.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

/** Shape 1: nothing after {@code text}. */
final class SmallJournalTable extends JournalTable<JournalRow> {

    SmallJournalTable(SqlDialect dialect) {
        super(dialect, List.of());
    }

    @Override
    JournalRow newRow() {
        return new JournalRow();
    }

    @Override
    int bindExtra(PreparedStatement ps, int first, JournalRow row) {
        return first;
    }

    @Override
    void readExtra(ResultSet rs, int first, JournalRow row) {
    }

    @Override
    Object readExtra(ResultSet rs, int column) {
        throw new IndexOutOfBoundsException("shape 1 has no column " + column);
    }
}
