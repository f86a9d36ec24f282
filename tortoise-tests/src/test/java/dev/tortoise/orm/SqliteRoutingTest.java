package dev.tortoise.orm;

import dev.tortoise.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class SqliteRoutingTest extends RoutingSuite {
    @RegisterExtension
    static final TestDatabase PRIMARY = TestDatabase.sqlite();

    @RegisterExtension
    static final TestDatabase REPLICA = TestDatabase.sqlite();

    @Override
    protected TestDatabase primary() {
        return PRIMARY;
    }

    @Override
    protected TestDatabase replica() {
        return REPLICA;
    }
}
