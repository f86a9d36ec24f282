package dev.tortoise.bench.crud.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import dev.tortoise.bench.BenchDatabase;
import dev.tortoise.bench.crud.CrudContender;
import dev.tortoise.bench.crud.Shape;
import dev.tortoise.bench.crud.WorkerPlan;
import dev.tortoise.bench.crud.model.Levels;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The floor: each operation as plain JDBC code does it, with hand-written prepared statements and
 * rows mapped to plain classes, every column read. A connection is borrowed per statement, or per
 * transaction where the operation has one, as ours borrows it. Statements are prepared once per
 * transaction and reused, as hand-written code would. Bulk insert (C) is one JDBC batch in one
 * transaction and does not read the generated keys back.
 *
 * @param <R> the shape's row class
 */
public final class JdbcCrud<R extends JournalRow> implements CrudContender {

    private final BenchDatabase database;
    private final Shape shape;
    private final JournalTable<R> table;
    private final HikariDataSource pool;
    private final RowQueries<R> queries;

    private JdbcCrud(BenchDatabase database, Shape shape, JournalTable<R> table) {
        this.database = database;
        this.shape = shape;
        this.table = table;
        this.pool = CrudPool.open(database, "crud-jdbc");
        this.queries = new RowQueries<>(pool, table);
    }

    /** Opens the pool on the database; the tables are made by {@link #resetTables()}. */
    public static CrudContender open(BenchDatabase database, Shape shape) {
        return new JdbcCrud<>(database, shape, JournalTable.of(shape, SqlDialect.of(database.backend())));
    }

    @Override
    public String id() {
        return "jdbc";
    }

    @Override
    public void resetTables() throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            for (String sql : shape.dropStatements(database.backend())) {
                s.execute(sql);
            }
            for (String sql : shape.ddl(database.backend())) {
                s.execute(sql);
            }
        }
    }

    @Override
    public long count() throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(table.count)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public List<Integer> ids() throws SQLException {
        List<Integer> ids = new ArrayList<>();
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(table.selectIds)) {
            while (rs.next()) {
                ids.add(rs.getInt(1));
            }
        }
        return ids;
    }

    @Override
    public WorkerTask prepare(WorkerPlan plan) throws SQLException {
        return switch (plan.operation()) {
            case A -> () -> insertEach(plan);
            case B -> () -> {
                try (Connection c = pool.getConnection()) {
                    return Transactions.run(c, () -> insertEach(c, plan));
                }
            };
            case C -> () -> bulkInsert(plan);
            case D -> () -> {
                int rows = 0;
                for (Short level : Levels.ALL) {
                    rows += selectByLevel(level).size();
                }
                return rows;
            };
            case E -> () -> selectPages(plan);
            case F -> () -> {
                int rows = 0;
                for (int id : plan.ids()) {
                    rows += selectById(id) != null ? 1 : 0;
                }
                return rows;
            };
            case G -> () -> queries.mapsByLevel();
            case H -> () -> queries.listsByLevel();
            case I -> new RowChanges<>(pool, table, plan).updateAll();
            case J -> new RowChanges<>(pool, table, plan).updateLevel();
            case K -> new RowChanges<>(pool, table, plan).delete();
        };
    }

    private int insertEach(WorkerPlan plan) throws SQLException {
        for (int i = 0; i < plan.levels().length; i++) {
            try (Connection c = pool.getConnection(); PreparedStatement ps = table.dialect.prepareInsert(c, table.insert)) {
                insert(ps, newRow(plan, i));
            }
        }
        return plan.levels().length;
    }

    private int insertEach(Connection c, WorkerPlan plan) throws SQLException {
        try (PreparedStatement ps = table.dialect.prepareInsert(c, table.insert)) {
            for (int i = 0; i < plan.levels().length; i++) {
                insert(ps, newRow(plan, i));
            }
        }
        return plan.levels().length;
    }

    private void insert(PreparedStatement ps, R row) throws SQLException {
        table.bindColumns(ps, row);
        ps.executeUpdate();
        try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            row.id = keys.getInt(1);
        }
    }

    private int bulkInsert(WorkerPlan plan) throws SQLException {
        List<R> rows = new ArrayList<>(plan.levels().length);
        for (int i = 0; i < plan.levels().length; i++) {
            rows.add(newRow(plan, i));
        }
        try (Connection c = pool.getConnection()) {
            return Transactions.run(c, () -> {
                try (PreparedStatement ps = c.prepareStatement(table.insert)) {
                    for (R row : rows) {
                        table.bindColumns(ps, row);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                return rows.size();
            });
        }
    }

    private R newRow(WorkerPlan plan, int i) {
        R row = table.newRow();
        row.timestamp = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        row.level = plan.levels()[i];
        row.text = plan.insertText(i);
        return row;
    }

    private List<R> selectByLevel(short level) throws SQLException {
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(table.selectByLevel)) {
            ps.setShort(1, level);
            return readAll(ps);
        }
    }

    private int selectPages(WorkerPlan plan) throws SQLException {
        int rows = 0;
        int[] offsets = plan.offsets();
        for (int q = 0; q < offsets.length; q++) {
            try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(table.selectPage)) {
                ps.setShort(1, Levels.ALL.get(q % Levels.ALL.size()));
                ps.setInt(2, 20);
                ps.setInt(3, offsets[q]);
                rows += readAll(ps).size();
            }
        }
        return rows;
    }

    private R selectById(int id) throws SQLException {
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(table.selectById)) {
            ps.setInt(1, id);
            List<R> rows = readAll(ps);
            return rows.isEmpty() ? null : rows.get(0);
        }
    }

    private List<R> readAll(PreparedStatement ps) throws SQLException {
        List<R> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(table.read(rs));
            }
        }
        return rows;
    }

    @Override
    public void close() {
        pool.close();
    }

    /** For {@link RowChanges}: the rows of an id range, every column, in id order. */
    static <R extends JournalRow> List<R> selectRange(HikariDataSource pool, JournalTable<R> table, int first, int last)
            throws SQLException {
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(table.selectRange)) {
            ps.setInt(1, first);
            ps.setInt(2, last);
            List<R> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(table.read(rs));
                }
            }
            return rows;
        }
    }
}
