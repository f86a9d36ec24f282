package dev.tortoise.bench.cold;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each cold-start main creates the shape's tables in the SQLite file it is given. */
class ColdStartTest {

    @TempDir
    Path dir;

    @Test
    void tortoiseCreatesTheTablesOfTenModels() throws Exception {
        Path file = dir.resolve("tortoise.sqlite3");
        TortoiseColdStart.main(new String[] {"sqlite-file", "10", file.toString()});
        assertEquals(11, userTables(file)); // ten models and one through table
    }

    @Test
    void plainJdbcCreatesTheTablesOfTenModels() throws Exception {
        Path file = dir.resolve("jdbc.sqlite3");
        JdbcColdStart.main(new String[] {"sqlite-file", "10", file.toString()});
        assertEquals(11, userTables(file));
    }

    @Test
    void hibernateCreatesTheTablesOfTenModels() throws Exception {
        Path file = dir.resolve("hibernate.sqlite3");
        HibernateColdStart.main(new String[] {"sqlite-file", "10", file.toString()});
        assertEquals(11, userTables(file));
    }

    private static int userTables(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name LIKE 'm0%'")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
