package dev.tortoise.bench.crud.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import dev.tortoise.bench.crud.CrudContender.WorkerTask;
import dev.tortoise.bench.crud.WorkerPlan;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * I, J and K of the floor: the worker's rows are loaded when this is made (before the clock, as
 * upstream loads them), then changed one statement per row in one transaction.
 */
final class RowChanges<R extends JournalRow> {

    private final HikariDataSource pool;
    private final JournalTable<R> table;
    private final WorkerPlan plan;
    private final List<R> rows;

    RowChanges(HikariDataSource pool, JournalTable<R> table, WorkerPlan plan) throws SQLException {
        this.pool = pool;
        this.table = table;
        this.plan = plan;
        this.rows = JdbcCrud.selectRange(pool, table, plan.firstId(), plan.lastId());
    }

    /** I: every column of every row. */
    WorkerTask updateAll() {
        return () -> inTransaction(table.updateAll, (ps, row, k) -> {
            row.level = plan.levels()[k];
            row.text = row.text + " Update";
            int next = table.bindColumns(ps, row);
            ps.setInt(next, row.id);
        });
    }

    /** J: {@code level} only. */
    WorkerTask updateLevel() {
        return () -> inTransaction(table.updateLevel, (ps, row, k) -> {
            row.level = plan.levels()[k];
            ps.setShort(1, row.level);
            ps.setInt(2, row.id);
        });
    }

    /** K: every row deleted by its key. */
    WorkerTask delete() {
        return () -> inTransaction(table.deleteById, (ps, row, k) -> ps.setInt(1, row.id));
    }

    private interface Binder<R> {
        void bind(PreparedStatement ps, R row, int k) throws SQLException;
    }

    private int inTransaction(String sql, Binder<R> binder) throws SQLException {
        try (Connection c = pool.getConnection()) {
            return Transactions.run(c, () -> {
                int changed = 0;
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    for (int k = 0; k < rows.size(); k++) {
                        binder.bind(ps, rows.get(k), k);
                        changed += ps.executeUpdate();
                    }
                }
                return changed;
            });
        }
    }
}
