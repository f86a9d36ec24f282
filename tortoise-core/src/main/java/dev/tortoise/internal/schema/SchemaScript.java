package dev.tortoise.internal.schema;

import dev.tortoise.spi.SchemaDialect.Statement;
import java.util.List;

/**
 * The DDL of one connection, in execution order.
 *
 * @param statements    each without its terminating {@code ;}
 * @param transactional whether the dialect's DDL may run inside one transaction (SQLite,
 *                      PostgreSQL): {@link SchemaExecutor} then runs the script atomically
 */
public record SchemaScript(List<Statement> statements, boolean transactional) {
    public SchemaScript {
        statements = List.copyOf(statements);
    }

    /** The SQL of every statement, in order, without terminators. */
    public List<String> sqlStatements() {
        return statements.stream().map(Statement::sql).toList();
    }

    /** The whole script as upstream's {@code get_schema_sql} gives it: statements ending with {@code ;}, joined by newlines. */
    public String sql() {
        StringBuilder script = new StringBuilder();
        for (Statement statement : statements) {
            if (!script.isEmpty()) {
                script.append('\n');
            }
            script.append(statement.sql()).append(';');
        }
        return script.toString();
    }

    /** Whether there is nothing to run. */
    public boolean isEmpty() {
        return statements.isEmpty();
    }

    @Override
    public String toString() {
        return sql();
    }
}
