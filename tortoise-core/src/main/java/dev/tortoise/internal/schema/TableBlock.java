package dev.tortoise.internal.schema;

import dev.tortoise.spi.SchemaDialect.Statement;
import java.util.List;

/**
 * The statements that create one table: CREATE TABLE, then its indexes, then its comments.
 *
 * @param table      the table created
 * @param statements in execution order
 */
record TableBlock(String table, List<Statement> statements) {
    TableBlock {
        statements = List.copyOf(statements);
    }
}
