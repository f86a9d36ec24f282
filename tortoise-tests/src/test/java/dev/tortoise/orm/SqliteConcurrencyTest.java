package dev.tortoise.orm;

import dev.tortoise.Tortoise;
import dev.tortoise.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class SqliteConcurrencyTest extends ConcurrencySuite {
    @RegisterExtension
    static final TestDatabase DB = TestDatabase.sqlite();

    @Override
    protected TestDatabase database() {
        return DB;
    }

    @Override
    protected long serverConnections(Tortoise tortoise) {
        return -1;
    }
}
