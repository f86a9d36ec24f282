package dev.tortoise.internal.schema;

import dev.tortoise.internal.jdbc.TransactionalClient;
import dev.tortoise.spi.DbClient;
import dev.tortoise.spi.SchemaDialect.Statement;

/**
 * Runs a {@link SchemaScript} on a connection, statement by statement (never by re-splitting the
 * script text, so nothing depends on how a splitter reads quotes and comments).
 *
 * <p>Where the dialect's DDL is transactional (SQLite, PostgreSQL) the whole script runs in one
 * transaction: a failure leaves no half-made schema, and SQLite writes the file once instead of
 * once per statement. MySQL commits at every DDL statement, so there the statements simply run in
 * order. A {@linkplain Statement#guarded() guarded} statement runs only when its existence query
 * finds nothing. Blocks until the database has answered every statement.
 */
public final class SchemaExecutor {

    private SchemaExecutor() {
    }

    /**
     * Runs every statement of the script.
     *
     * @throws dev.tortoise.exceptions.OperationalException when the database refuses a statement,
     *         for example {@code Table "author" already exists} on a second run without {@code safe}
     */
    public static void run(DbClient client, SchemaScript script) {
        if (script.isEmpty()) {
            return;
        }
        if (script.transactional() && client instanceof TransactionalClient transactional
                && !transactional.isInTransaction()) {
            transactional.inTransaction(() -> {
                runAll(client, script);
                return null;
            });
        } else {
            runAll(client, script);
        }
    }

    private static void runAll(DbClient client, SchemaScript script) {
        for (Statement statement : script.statements()) {
            if (statement.guarded()
                    && !client.executeQueryDict(statement.existsQuery(), statement.existsParams().toArray()).isEmpty()) {
                continue;
            }
            client.executeUpdate(statement.sql());
        }
    }
}
