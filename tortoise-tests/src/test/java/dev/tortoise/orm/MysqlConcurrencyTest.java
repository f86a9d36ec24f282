package dev.tortoise.orm;

import dev.tortoise.Tortoise;
import dev.tortoise.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class MysqlConcurrencyTest extends ConcurrencySuite {
    @RegisterExtension
    static final TestDatabase DB = TestDatabase.mysql().with("maxsize", POOL);

    @Override
    protected TestDatabase database() {
        return DB;
    }

    @Override
    protected long serverConnections(Tortoise tortoise) {
        return single(tortoise, "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = DATABASE()");
    }
}
