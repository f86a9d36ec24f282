package dev.tortoise.internal.schema;

import dev.tortoise.spi.DbClient;
import dev.tortoise.spi.SchemaDialect.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a {@link SchemaScript} on a connection, statement by statement (never by re-splitting the
 * script text, so nothing depends on how a splitter reads quotes and comments), through
 * {@link DbClient#executeStatements}.
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
        if (script.transactional() && !client.isInTransaction()) {
            client.inTransaction(() -> {
                runAll(client, script);
                return null;
            });
        } else {
            runAll(client, script);
        }
    }

    // Runs of unguarded statements go to the client as one list (a JDBC client runs them on one
    // Statement, so a script costs what plain JDBC executing it costs); a guarded statement ends a
    // run, because its existence query must see what the statements before it created.
    private static void runAll(DbClient client, SchemaScript script) {
        List<String> run = new ArrayList<>(script.statements().size());
        for (Statement statement : script.statements()) {
            if (statement.guarded()) {
                client.executeStatements(run);
                run.clear();
                if (absent(client, statement)) {
                    client.executeStatements(List.of(statement.sql()));
                }
            } else {
                run.add(statement.sql());
            }
        }
        client.executeStatements(run);
    }

    private static boolean absent(DbClient client, Statement statement) {
        return client.executeQueryDict(statement.existsQuery(), statement.existsParams().toArray()).isEmpty();
    }
}
