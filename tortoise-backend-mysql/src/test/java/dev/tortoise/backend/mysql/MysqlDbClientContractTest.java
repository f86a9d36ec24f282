package dev.tortoise.backend.mysql;

import dev.tortoise.testing.DbClientContract;
import dev.tortoise.testing.RequiresMysql;
import dev.tortoise.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@code DbClient} contract on MySQL/MariaDB, with a database of its own for the class. */
@RequiresMysql
class MysqlDbClientContractTest extends DbClientContract {

    @RegisterExtension
    static final TestDatabase DB = TestDatabase.mysql();
}
