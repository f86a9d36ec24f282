package dev.tortoise.bench.crud.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Shape 3: 32 columns after {@code text}, four groups of double, smallint, int, bigint,
 * varchar, text, decimal and JSON. Written out column by column, as hand-written JDBC code is.
 */
final class WideJournalTable extends JournalTable<WideJournalRow> {

    private static final List<String> COLUMNS = List.of(
            "col_float1", "col_smallint1", "col_int1", "col_bigint1",
            "col_char1", "col_text1", "col_decimal1", "col_json1",
            "col_float2", "col_smallint2", "col_int2", "col_bigint2",
            "col_char2", "col_text2", "col_decimal2", "col_json2",
            "col_float3", "col_smallint3", "col_int3", "col_bigint3",
            "col_char3", "col_text3", "col_decimal3", "col_json3",
            "col_float4", "col_smallint4", "col_int4", "col_bigint4",
            "col_char4", "col_text4", "col_decimal4", "col_json4");

    WideJournalTable(SqlDialect dialect) {
        super(dialect, COLUMNS);
    }

    @Override
    WideJournalRow newRow() {
        return new WideJournalRow();
    }

    @Override
    int bindExtra(PreparedStatement ps, int first, WideJournalRow row) throws SQLException {
        Nulls.setDouble(ps, first + 0, row.colFloat1);
        Nulls.setShort(ps, first + 1, row.colSmallint1);
        Nulls.setInt(ps, first + 2, row.colInt1);
        Nulls.setLong(ps, first + 3, row.colBigint1);
        ps.setString(first + 4, row.colChar1);
        ps.setString(first + 5, row.colText1);
        dialect.setDecimal(ps, first + 6, row.colDecimal1);
        dialect.setJson(ps, first + 7, row.colJson1);
        Nulls.setDouble(ps, first + 8, row.colFloat2);
        Nulls.setShort(ps, first + 9, row.colSmallint2);
        Nulls.setInt(ps, first + 10, row.colInt2);
        Nulls.setLong(ps, first + 11, row.colBigint2);
        ps.setString(first + 12, row.colChar2);
        ps.setString(first + 13, row.colText2);
        dialect.setDecimal(ps, first + 14, row.colDecimal2);
        dialect.setJson(ps, first + 15, row.colJson2);
        Nulls.setDouble(ps, first + 16, row.colFloat3);
        Nulls.setShort(ps, first + 17, row.colSmallint3);
        Nulls.setInt(ps, first + 18, row.colInt3);
        Nulls.setLong(ps, first + 19, row.colBigint3);
        ps.setString(first + 20, row.colChar3);
        ps.setString(first + 21, row.colText3);
        dialect.setDecimal(ps, first + 22, row.colDecimal3);
        dialect.setJson(ps, first + 23, row.colJson3);
        Nulls.setDouble(ps, first + 24, row.colFloat4);
        Nulls.setShort(ps, first + 25, row.colSmallint4);
        Nulls.setInt(ps, first + 26, row.colInt4);
        Nulls.setLong(ps, first + 27, row.colBigint4);
        ps.setString(first + 28, row.colChar4);
        ps.setString(first + 29, row.colText4);
        dialect.setDecimal(ps, first + 30, row.colDecimal4);
        dialect.setJson(ps, first + 31, row.colJson4);
        return first + 32;
    }

    @Override
    void readExtra(ResultSet rs, int first, WideJournalRow row) throws SQLException {
        row.colFloat1 = rs.getDouble(first + 0);
        row.colSmallint1 = rs.getShort(first + 1);
        row.colInt1 = rs.getInt(first + 2);
        row.colBigint1 = rs.getLong(first + 3);
        row.colChar1 = rs.getString(first + 4);
        row.colText1 = rs.getString(first + 5);
        row.colDecimal1 = dialect.getDecimal(rs, first + 6);
        row.colJson1 = dialect.getJson(rs, first + 7);
        row.colFloat2 = Nulls.getDouble(rs, first + 8);
        row.colSmallint2 = Nulls.getShort(rs, first + 9);
        row.colInt2 = Nulls.getInt(rs, first + 10);
        row.colBigint2 = Nulls.getLong(rs, first + 11);
        row.colChar2 = rs.getString(first + 12);
        row.colText2 = rs.getString(first + 13);
        row.colDecimal2 = dialect.getDecimal(rs, first + 14);
        row.colJson2 = dialect.getJson(rs, first + 15);
        row.colFloat3 = rs.getDouble(first + 16);
        row.colSmallint3 = rs.getShort(first + 17);
        row.colInt3 = rs.getInt(first + 18);
        row.colBigint3 = rs.getLong(first + 19);
        row.colChar3 = rs.getString(first + 20);
        row.colText3 = rs.getString(first + 21);
        row.colDecimal3 = dialect.getDecimal(rs, first + 22);
        row.colJson3 = dialect.getJson(rs, first + 23);
        row.colFloat4 = Nulls.getDouble(rs, first + 24);
        row.colSmallint4 = Nulls.getShort(rs, first + 25);
        row.colInt4 = Nulls.getInt(rs, first + 26);
        row.colBigint4 = Nulls.getLong(rs, first + 27);
        row.colChar4 = rs.getString(first + 28);
        row.colText4 = rs.getString(first + 29);
        row.colDecimal4 = dialect.getDecimal(rs, first + 30);
        row.colJson4 = dialect.getJson(rs, first + 31);
    }

    @Override
    Object readExtra(ResultSet rs, int column) throws SQLException {
        // columns 5 … 36 repeat the eight types of a group four times
        return switch ((column - 5) % 8) {
            case 0 -> Nulls.getDouble(rs, column);
            case 1 -> Nulls.getShort(rs, column);
            case 2 -> Nulls.getInt(rs, column);
            case 3 -> Nulls.getLong(rs, column);
            case 4, 5 -> rs.getString(column);
            case 6 -> dialect.getDecimal(rs, column);
            default -> dialect.getJson(rs, column);
        };
    }
}
