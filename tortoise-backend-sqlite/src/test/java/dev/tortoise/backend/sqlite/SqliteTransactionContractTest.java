package dev.tortoise.backend.sqlite;

import dev.tortoise.testing.TransactionContract;
import dev.tortoise.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The transaction contract on SQLite, with a database of its own for the class. */
class SqliteTransactionContractTest extends TransactionContract {

    @RegisterExtension
    static final TestDatabase DB = TestDatabase.sqlite();
}
