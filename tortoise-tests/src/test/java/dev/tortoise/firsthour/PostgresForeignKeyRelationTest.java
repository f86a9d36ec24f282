package dev.tortoise.firsthour;

import dev.tortoise.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresForeignKeyRelationTest extends ForeignKeyRelationSuite {
    @RegisterExtension
    static final TestDatabase DB = TestDatabase.postgres();

    @Override
    protected TestDatabase database() {
        return DB;
    }
}
