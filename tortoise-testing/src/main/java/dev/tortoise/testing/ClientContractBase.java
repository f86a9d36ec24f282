package dev.tortoise.testing;

import dev.tortoise.spi.DbClient;
import dev.tortoise.spi.FieldKind;
import dev.tortoise.spi.SchemaDialect;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the contract suites need from a backend's test: its database and a small table in its
 * dialect. Each test makes tables of its own, so a class-wide database is never shared state.
 */
public abstract class ClientContractBase {

    private static final AtomicInteger TABLES = new AtomicInteger();

    /**
     * The database under test: by default the one the test class registers in its static
     * {@code TestDatabase} field with {@code @RegisterExtension} (see {@link TestDatabase#registeredIn}).
     */
    protected TestDatabase database() {
        return TestDatabase.registeredIn(getClass());
    }

    /**
     * DDL of a table named {@code table} with an auto-generated integer key {@code id}, a
     * {@code name} text column (at most 50 characters, NOT NULL, UNIQUE) and a nullable integer
     * {@code n}. Default: written with the backend's {@link SchemaDialect}, as schema generation
     * writes such columns.
     */
    protected String createTable(String table) {
        SchemaDialect ddl = database().schemaDialect();
        return "CREATE TABLE " + table + " (id " + ddl.generatedPrimaryKey(FieldKind.INT)
                + ", name " + ddl.types().plain(FieldKind.CHAR, 50, 0, 0) + " NOT NULL UNIQUE"
                + ", n " + ddl.types().plain(FieldKind.INT, 0, 0, 0) + ")";
    }

    /**
     * Credentials that limit a client to a pool of at most four connections; none for a backend
     * without a pool (SQLite, whose engine has no {@code maxsize}).
     */
    protected Map<String, Object> smallPool() {
        boolean pooled = database().provider().credentialKeys().stream().anyMatch(key -> key.name().equals("maxsize"));
        return pooled ? Map.of("minsize", 1, "maxsize", 4) : Map.of();
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
