package dev.tortoise.backend.postgres;

import dev.tortoise.testing.TransactionContract;
import dev.tortoise.testing.RequiresPostgres;
import dev.tortoise.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

@RequiresPostgres
class PostgresTransactionContractTest extends TransactionContract {

    @RegisterExtension
    static final TestDatabase DB = TestDatabase.postgres();

    @Override
    protected TestDatabase database() {
        return DB;
    }

    @Override
    protected String createTable(String table) {
        return "CREATE TABLE " + table + " (id SERIAL PRIMARY KEY, name VARCHAR(50) NOT NULL UNIQUE, n INT)";
    }
}
