package dev.tortoise.reliability;


import dev.tortoise.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;


class SqliteHostileValuesTest extends HostileValuesSuite {
    @RegisterExtension
    static final TestDatabase DB = TestDatabase.sqlite();

    @Override
    protected TestDatabase database() {
        return DB;
    }
}
