package dev.tortoise.testing;

import dev.tortoise.spi.DbClient;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the contract suites need from a backend's test: its database and a small table in its
 * dialect. Each test makes tables of its own, so a class-wide database is never shared state.
 */
public abstract class ClientContractBase {

    private static final AtomicInteger TABLES = new AtomicInteger();

    /** The database under test, registered by the subclass with {@code @RegisterExtension}. */
    protected abstract TestDatabase database();

    /**
     * DDL of a table named {@code table} with an auto-generated integer key {@code id}, a
     * {@code name} text column (at most 50 characters, NOT NULL, UNIQUE) and a nullable integer
     * {@code n}.
     */
    protected abstract String createTable(String table);

    /** Credentials that limit a client to a pool of at most four connections (none for SQLite). */
    protected Map<String, Object> smallPool() {
        return Map.of("minsize", 1, "maxsize", 4);
    }

    /** A table of this test's own, created empty. */
    protected String newTable() {
        String table = "contract_" + TABLES.incrementAndGet();
        database().client().executeScript(createTable(table));
        return table;
    }

    protected DbClient client() {
        return database().client();
    }

    protected static long count(DbClient client, String table) {
        Object n = client.executeQueryDict("SELECT COUNT(*) AS n FROM " + table).get(0).get("n");
        return ((Number) n).longValue();
    }
}
