package dev.tortoise.backend.mysql;

import dev.tortoise.testing.TransactionContract;
import dev.tortoise.testing.RequiresMysql;
import dev.tortoise.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

@RequiresMysql
class MysqlTransactionContractTest extends TransactionContract {

    @RegisterExtension
    static final TestDatabase DB = TestDatabase.mysql();

    @Override
    protected TestDatabase database() {
        return DB;
    }

    @Override
    protected String createTable(String table) {
        return "CREATE TABLE " + table + " (id INT NOT NULL PRIMARY KEY AUTO_INCREMENT,"
                + " name VARCHAR(50) NOT NULL UNIQUE, n INT) ENGINE=InnoDB";
    }
}
