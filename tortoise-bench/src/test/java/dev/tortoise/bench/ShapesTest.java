package dev.tortoise.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated shapes have the documented size, and their DDL builds on a real database. */
class ShapesTest {

    @Test
    void theDdlOf200ModelsCreatesEveryTableIndexAndForeignKeyOnSqlite() throws SQLException {
        List<String> statements = Shapes.ddlStatements(200, "sqlite");
        // 200 tables + 250 indexes + 20 through tables with their unique index
        assertEquals(200 + 250 + 20 + 20, statements.size());
        try (BenchDatabase db = BenchDatabase.create(Backend.SQLITE_MEMORY); Connection c = db.connect()) {
            try (Statement s = c.createStatement()) {
                for (String sql : statements) {
                    s.execute(sql);
                }
            }
            assertEquals(220, count(c, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name LIKE 'm%'"));
            assertEquals(270, count(c, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name LIKE 'idx%'")
                    + count(c, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name LIKE 'uidx%'"));
            assertEquals(398 + 40, count(c, "SELECT count(*) FROM sqlite_master m, pragma_foreign_key_list(m.name) "
                    + "WHERE m.type = 'table'"));
        }
    }

    @Test
    void theEntitiesAndModulesOfEveryCountAreThere() {
        for (int n : Shapes.COUNTS) {
            assertEquals(n, Shapes.jpaEntities(n).size());
            assertTrue(Shapes.listedModule(n).endsWith(".n" + n + ".listed"));
            for (String dialect : List.of("sqlite", "postgres", "mysql")) {
                assertTrue(Shapes.ddl(n, dialect).startsWith("CREATE TABLE "), dialect + " DDL for " + n);
            }
        }
    }

    @Test
    void aCountThatWasNotGeneratedIsRefusedWithTheCountsThatWere() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Shapes.ddl(7, "sqlite"));
        assertEquals("No shape with 7 models; the build generates [10, 50, 200]", e.getMessage());
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
