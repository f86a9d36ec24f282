package dev.tortoise.testing;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.exceptions.IntegrityException;
import dev.tortoise.exceptions.OperationalException;
import dev.tortoise.spi.DbClient;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link DbClient} method must do, checked against a real database. A backend's test
 * extends this class and registers its {@link TestDatabase} in a static field; see
 * {@link TransactionContract} for transactions and concurrency.
 */
public abstract class DbClientContract extends ClientContractBase {

    /**
     * Whether the database takes {@code INSERT ... RETURNING id} (SQLite, PostgreSQL, MariaDB);
     * {@link DbClient#executeInsert} must then give the returned key. By default what the
     * platform's server features say about RETURNING ({@code multiRowInsertReturning}); H2, which
     * has no RETURNING clause, answers false.
     */
    protected boolean takesReturning() {
        return database().platform().features(client()).multiRowInsertReturning();
    }

    @Test
    void queryDictGivesRowsAsMapsInColumnOrder() {
        String t = newTable();
        client().executeUpdate("INSERT INTO " + t + " (name, n) VALUES (?, ?)", "a", 1);
        client().executeUpdate("INSERT INTO " + t + " (name, n) VALUES (?, ?)", "b", null);
        List<Map<String, Object>> rows = client().executeQueryDict(
                "SELECT name, n, id FROM " + t + " WHERE name >= ? ORDER BY name", "a");
        assertEquals(2, rows.size());
        assertEquals(List.of("name", "n", "id"), new ArrayList<>(rows.get(0).keySet()));
        assertEquals("a", rows.get(0).get("name"));
        assertEquals(1, ((Number) rows.get(0).get("n")).intValue());
        assertEquals(null, rows.get(1).get("n"));
        assertEquals(List.of(), client().executeQueryDict("SELECT * FROM " + t + " WHERE name = ?", "zzz"));
    }

    @Test
    void executeUpdateReturnsAffectedRows() {
        String t = newTable();
        assertEquals(1, client().executeUpdate("INSERT INTO " + t + " (name, n) VALUES (?, ?)", "a", 1));
        client().executeUpdate("INSERT INTO " + t + " (name, n) VALUES (?, ?)", "b", 1);
        assertEquals(2, client().executeUpdate("UPDATE " + t + " SET n = n + 1 WHERE n = ?", 1));
        assertEquals(0, client().executeUpdate("DELETE FROM " + t + " WHERE name = ?", "nobody"));
        assertEquals(2, client().executeUpdate("DELETE FROM " + t));
    }

    @Test
    void executeInsertReturnsTheGeneratedKey() {
        String t = newTable();
        Object first = client().executeInsert("INSERT INTO " + t + " (name) VALUES (?)", "a");
        Object second = client().executeInsert("INSERT INTO " + t + " (name) VALUES (?)", "b");
        assertInstanceOf(Number.class, first);
        assertEquals(((Number) first).longValue() + 1, ((Number) second).longValue());
        if (!takesReturning()) {
            return;
        }
        Object viaReturning = client().executeInsert("INSERT INTO " + t + " (name) VALUES (?) RETURNING id", "c");
        assertEquals(((Number) second).longValue() + 1, ((Number) viaReturning).longValue());
        assertEquals("c", client().executeQueryDict("SELECT name FROM " + t + " WHERE id = ?", viaReturning)
                .get(0).get("name"));
    }

    @Test
    void executeManyInsertsEveryRowOrNone() {
        String t = newTable();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            rows.add(new Object[]{"name" + i, i});
        }
        client().executeMany("INSERT INTO " + t + " (name, n) VALUES (?, ?)", rows);
        assertEquals(250, count(client(), t));

        List<Object[]> clashing = List.of(new Object[]{"fresh", 1}, new Object[]{"name7", 2});
        assertThrows(IntegrityException.class,
                () -> client().executeMany("INSERT INTO " + t + " (name, n) VALUES (?, ?)", clashing));
        assertEquals(250, count(client(), t), "a failing batch leaves no row behind");
        client().executeMany("INSERT INTO " + t + " (name, n) VALUES (?, ?)", List.of());
    }

    @Test
    void executeScriptRunsEveryStatement() {
        String t = newTable();
        client().executeScript("-- a comment; with a semicolon\n"
                + "INSERT INTO " + t + " (name, n) VALUES ('semi;colon', 1);\n"
                + "/* block; comment */ INSERT INTO " + t + " (name, n) VALUES ('it''s', 2);;\n"
                + "UPDATE " + t + " SET n = n * 10;\n");
        List<Map<String, Object>> rows = client().executeQueryDict("SELECT name, n FROM " + t + " ORDER BY n");
        assertEquals("semi;colon", rows.get(0).get("name"));
        assertEquals("it's", rows.get(1).get("name"));
        assertEquals(20, ((Number) rows.get(1).get("n")).intValue());
    }

    @Test
    void aUniqueViolationIsAnIntegrityExceptionWithTheDriverCause() {
        String t = newTable();
        client().executeUpdate("INSERT INTO " + t + " (name) VALUES (?)", "same");
        IntegrityException e = assertThrows(IntegrityException.class,
                () -> client().executeInsert("INSERT INTO " + t + " (name) VALUES (?)", "same"));
        assertInstanceOf(SQLException.class, e.getCause());
        assertTrue(e.getMessage().contains("connection 'default'"), e.getMessage());
        assertTrue(e.getMessage().contains("INSERT INTO " + t), e.getMessage());
    }

    @Test
    void aNotNullViolationIsAnIntegrityException() {
        String t = newTable();
        assertThrows(IntegrityException.class,
                () -> client().executeUpdate("INSERT INTO " + t + " (name) VALUES (?)", (Object) null));
    }

    @Test
    void creatingAnExistingTableIsAnOperationalExceptionNamingTheTable() {
        String t = newTable();
        OperationalException e = assertThrows(OperationalException.class,
                () -> client().executeScript("SELECT 1;\n" + createTable(t)));
        assertFalse(e instanceof IntegrityException);
        assertTrue(e.getMessage().startsWith("Table \"" + t + "\" already exists"), e.getMessage());
        assertTrue(e.getMessage().contains("CREATE TABLE"), "names the failing statement: " + e.getMessage());
        assertInstanceOf(SQLException.class, e.getCause());
    }

    @Test
    void aSyntaxErrorIsAnOperationalException() {
        OperationalException e = assertThrows(OperationalException.class,
                () -> client().executeQueryDict("SELEKT 1"));
        assertTrue(e.getMessage().contains("SELEKT 1"), e.getMessage());
    }

    @Test
    void pingAnswers() {
        client().ping();
    }

    @Test
    void aClosedClientRefusesEveryCall() {
        DbClient own = database().newClient("closing", Map.of());
        own.executeQueryDict("SELECT 1 AS one");
        assertFalse(own.isClosed());
        own.close();
        own.close();
        assertTrue(own.isClosed());
        List<Runnable> calls = List.of(
                () -> own.executeQueryDict("SELECT 1"),
                () -> own.executeUpdate("SELECT 1"),
                () -> own.executeInsert("SELECT 1"),
                () -> own.executeMany("SELECT 1", List.<Object[]>of(new Object[0])),
                () -> own.executeScript("SELECT 1"),
                own::ping);
        for (Runnable call : calls) {
            ConfigurationException e = assertThrows(ConfigurationException.class, call::run);
            assertEquals("connection 'closing' is closed", e.getMessage());
        }
    }

    @Test
    void aClientNamesItsAliasAndDialect() {
        DbClient own = database().newClient("named", Map.of());
        assertEquals("named", own.connectionName());
        assertNotNull(own.dialect());
        assertEquals(database().platform().name(), own.dialect(), "a client's dialect is its platform's name");
    }
}
