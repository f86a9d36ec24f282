package dev.tortoise.testing;

import dev.tortoise.exceptions.DbConnectionException;
import dev.tortoise.exceptions.OperationalException;
import dev.tortoise.spi.DbClient;
import dev.tortoise.spi.FieldKind;
import dev.tortoise.spi.SchemaDialect;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every server backend (a pool of connections to a database server) must do, against its real
 * server, besides {@link BackendContract}: an unreachable server fails each call without showing
 * the password and leaves no thread behind, databases are created once and dropped quietly, and
 * other threads keep their own connections while one thread is in a transaction.
 */
public abstract class ServerBackendContract extends BackendContract {

    /** A query with one parameter, a database name, that gives one row when that database exists. */
    protected abstract String databaseExistsQuery();

    @Test
    void anUnreachableServerFailsEachCallWithoutThePasswordAndLeavesNoThread() {
        Map<String, Object> credentials = database().credentials();
        credentials.put("port", 1);
        credentials.put("password", "s3cret-Passw0rd");
        DbClient client = provider().createClient("offline", credentials);
        try {
            DbConnectionException e = assertThrows(DbConnectionException.class,
                    () -> client.executeQueryDict("SELECT 1"));
            assertTrue(e.getMessage().contains("'offline'"), e.getMessage());
            assertTrue(e.getMessage().contains(credentials.get("host") + ":1"), e.getMessage());
            assertFalse(e.getMessage().contains("s3cret-Passw0rd"), e.getMessage());
            assertThrows(DbConnectionException.class, client::ping, "the next call tries again");
        } finally {
            client.close();
        }
        assertEquals(List.of(), Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .filter(name -> name.contains("tortoise-offline")).toList(), "a failed pool leaves no thread behind");
    }

    @Test
    void createDatabaseMakesItOnceAndDropDatabaseRemovesIt() {
        String name = unique("tortoise_created_");
        Map<String, Object> credentials = database().credentials();
        credentials.put("database", name);
        provider().createDatabase(credentials);
        try {
            assertEquals(1, client().executeQueryDict(databaseExistsQuery(), name).size());
            OperationalException again = assertThrows(OperationalException.class,
                    () -> provider().createDatabase(credentials));
            assertTrue(again.getMessage().contains("exists"), again.getMessage());
            try (DbClient created = provider().createClient("created", credentials)) {
                created.ping();
            }
        } finally {
            provider().dropDatabase(credentials);
        }
        assertEquals(List.of(), client().executeQueryDict(databaseExistsQuery(), name));
        provider().dropDatabase(credentials); // a database that does not exist is not an error
    }

    @Test
    void otherThreadsUseTheirOwnConnectionsDuringATransaction() {
        String t = unique("iso_");
        SchemaDialect ddl = database().schemaDialect();
        client().executeScript("CREATE TABLE " + t + " (id " + ddl.generatedPrimaryKey(FieldKind.INT) + ", name "
                + ddl.types().plain(FieldKind.TEXT, 0, 0, 0) + ")");
        DbClient client = client();
        long[] seenInside = new long[1];
        assertThrows(IllegalStateException.class, () -> client.inTransaction(() -> {
            client.executeUpdate("INSERT INTO " + t + " (name) VALUES ('parent')");
            Thread child = Thread.ofVirtual().start(() -> {
                seenInside[0] = client.executeQueryDict("SELECT * FROM " + t).size();
                client.executeUpdate("INSERT INTO " + t + " (name) VALUES ('child')");
            });
            child.join();
            throw new IllegalStateException("roll back the parent");
        }));
        assertEquals(0, seenInside[0], "the child does not see the parent's uncommitted row");
        assertEquals(List.of(Map.of("name", "child")), client.executeQueryDict("SELECT name FROM " + t),
                "the child's write was its own, not rolled back with the parent");
    }
}
