package dev.tortoise.backend.sqlite;

import dev.tortoise.testing.DbClientContract;
import dev.tortoise.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@code DbClient} contract on SQLite, with a database of its own for the class. */
class SqliteDbClientContractTest extends DbClientContract {

    @RegisterExtension
    static final TestDatabase DB = TestDatabase.sqlite();
}
