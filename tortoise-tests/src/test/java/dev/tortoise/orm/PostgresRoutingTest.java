package dev.tortoise.orm;

import dev.tortoise.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresRoutingTest extends RoutingSuite {
    @RegisterExtension
    static final TestDatabase PRIMARY = TestDatabase.postgres();

    @RegisterExtension
    static final TestDatabase REPLICA = TestDatabase.postgres();

    @Override
    protected TestDatabase primary() {
        return PRIMARY;
    }

    @Override
    protected TestDatabase replica() {
        return REPLICA;
    }
}
