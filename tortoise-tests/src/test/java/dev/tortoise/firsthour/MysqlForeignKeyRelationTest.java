package dev.tortoise.firsthour;

import dev.tortoise.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class MysqlForeignKeyRelationTest extends ForeignKeyRelationSuite {
    @RegisterExtension
    static final TestDatabase DB = TestDatabase.mysql();

    @Override
    protected TestDatabase database() {
        return DB;
    }
}
