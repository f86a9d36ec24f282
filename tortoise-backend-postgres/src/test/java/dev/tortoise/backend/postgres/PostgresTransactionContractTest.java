package dev.tortoise.backend.postgres;

import dev.tortoise.testing.TransactionContract;
import dev.tortoise.testing.RequiresPostgres;
import dev.tortoise.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The transaction contract on PostgreSQL, with a database of its own for the class. */
@RequiresPostgres
class PostgresTransactionContractTest extends TransactionContract {

    @RegisterExtension
    static final TestDatabase DB = TestDatabase.postgres();
}
