package dev.tortoise.types;

import dev.tortoise.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class SqliteTypesTest extends TypesSuite {
    @RegisterExtension
    static final TestDatabase DB = TestDatabase.sqlite();

    @Override
    protected TestDatabase database() {
        return DB;
    }
}
