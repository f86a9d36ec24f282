package dev.tortoise.firsthour;

import dev.tortoise.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class SqliteForeignKeyRelationTest extends ForeignKeyRelationSuite {
    @RegisterExtension
    static final TestDatabase DB = TestDatabase.sqlite();

    @Override
    protected TestDatabase database() {
        return DB;
    }
}
