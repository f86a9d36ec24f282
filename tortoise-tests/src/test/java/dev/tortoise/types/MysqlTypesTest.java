package dev.tortoise.types;

import dev.tortoise.testing.RequiresMysql;
import dev.tortoise.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

@RequiresMysql
class MysqlTypesTest extends TypesSuite {
    @RegisterExtension
    static final TestDatabase DB = TestDatabase.mysql();

    @Override
    protected TestDatabase database() {
        return DB;
    }
}
