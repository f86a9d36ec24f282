package dev.tortoise.reliability;

import dev.tortoise.testing.RequiresMysql;
import dev.tortoise.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

@RequiresMysql
class MysqlHostileValuesTest extends HostileValuesSuite {
    @RegisterExtension
    static final TestDatabase DB = TestDatabase.mysql();

    @Override
    protected TestDatabase database() {
        return DB;
    }
}
