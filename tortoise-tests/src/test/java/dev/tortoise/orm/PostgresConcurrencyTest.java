package dev.tortoise.orm;

import dev.tortoise.Tortoise;
import dev.tortoise.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresConcurrencyTest extends ConcurrencySuite {
    @RegisterExtension
    static final TestDatabase DB = TestDatabase.postgres().with("maxsize", POOL);

    @Override
    protected TestDatabase database() {
        return DB;
    }

    @Override
    protected long serverConnections(Tortoise tortoise) {
        return single(tortoise, "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()");
    }
}
