package dev.tortoise.backend.sqlite;

import dev.tortoise.testing.DbClientContract;
import dev.tortoise.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

class SqliteDbClientContractTest extends DbClientContract {

    @RegisterExtension
    static final TestDatabase DB = TestDatabase.sqlite();

    @Override
    protected TestDatabase database() {
        return DB;
    }

    @Override
    protected String createTable(String table) {
        return "CREATE TABLE " + table + " (id INTEGER PRIMARY KEY AUTOINCREMENT, name VARCHAR(50) NOT NULL UNIQUE, n INT)";
    }

    @Override
    protected Map<String, Object> smallPool() {
        return Map.of();
    }
}
