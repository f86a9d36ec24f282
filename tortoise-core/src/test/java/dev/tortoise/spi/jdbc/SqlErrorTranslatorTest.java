package dev.tortoise.spi.jdbc;

import dev.tortoise.spi.ErrorKind;
import dev.tortoise.exceptions.DbConnectionException;
import dev.tortoise.exceptions.IntegrityException;
import dev.tortoise.exceptions.OperationalException;
import dev.tortoise.exceptions.TortoiseException;
import org.junit.jupiter.api.Test;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Translation by SQLState and vendor code, with drivers' exceptions made by hand. */
class SqlErrorTranslatorTest {

    private final SqlErrorTranslator translator = new SqlErrorTranslator("main", "PostgreSQL at db:5432",
            e -> e.getErrorCode() == 1062 ? ErrorKind.INTEGRITY : null, List.of("hunter22"));

    @Test
    void sqlStateClass23IsAnIntegrityException() {
        SQLException driver = new SQLException("duplicate key", "23505");
        TortoiseException e = translator.translate(driver, "INSERT INTO t VALUES (?)");
        assertInstanceOf(IntegrityException.class, e);
        assertSame(driver, e.getCause());
        assertEquals("duplicate key (connection 'main'; SQL: INSERT INTO t VALUES (?))", e.getMessage());
    }

    @Test
    void vendorCodesComeBeforeTheSqlState() {
        assertInstanceOf(IntegrityException.class, translator.translate(new SQLException("dup", "HY000", 1062), "x"));
    }

    @Test
    void connectionAndLoginFailuresNameTargetAndAliasButNeverThePassword() {
        TortoiseException e = translator.translate(
                new SQLException("password hunter22 rejected", "28P01"), null);
        assertInstanceOf(DbConnectionException.class, e);
        assertEquals("Cannot connect to PostgreSQL at db:5432 for connection 'main': password *** rejected",
                e.getMessage());
        assertInstanceOf(DbConnectionException.class, translator.translate(new SQLException("refused", "08001"), null));
    }

    @Test
    void anExistingTableIsNamed() {
        TortoiseException e = translator.translate(
                new SQLException("ERROR: relation \"event\" already exists", "42P07"), "CREATE TABLE event ()");
        assertEquals(OperationalException.class, e.getClass());
        assertTrue(e.getMessage().startsWith("Table \"event\" already exists: "), e.getMessage());
        e = translator.translate(new SQLException("Table 'db.team' already exists", "42S01", 1050), "CREATE TABLE team");
        assertTrue(e.getMessage().startsWith("Table \"team\" already exists: "), e.getMessage());
    }

    @Test
    void aBatchIsJudgedByTheErrorInside() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 1 was aborted", "", 0, new int[0]);
        batch.setNextException(new SQLException("null value in column", "23502"));
        TortoiseException e = translator.translate(batch, "INSERT");
        assertInstanceOf(IntegrityException.class, e);
        assertTrue(e.getMessage().startsWith("null value in column"), e.getMessage());
    }

    @Test
    void everythingElseIsAnOperationalException() {
        TortoiseException e = translator.translate(new SQLException("syntax error", "42601"), "SELEKT");
        assertEquals(OperationalException.class, e.getClass());
        assertFalse(e.getMessage().contains("hunter22"));
    }
}
