package dev.tortoise.backend.mysql;

import dev.tortoise.testing.TransactionContract;
import dev.tortoise.testing.RequiresMysql;
import dev.tortoise.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The transaction contract on MySQL/MariaDB, with a database of its own for the class. */
@RequiresMysql
class MysqlTransactionContractTest extends TransactionContract {

    @RegisterExtension
    static final TestDatabase DB = TestDatabase.mysql();
}
