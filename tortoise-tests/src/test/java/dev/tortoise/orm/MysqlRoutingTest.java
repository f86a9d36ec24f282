package dev.tortoise.orm;

import dev.tortoise.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class MysqlRoutingTest extends RoutingSuite {
    @RegisterExtension
    static final TestDatabase PRIMARY = TestDatabase.mysql();

    @RegisterExtension
    static final TestDatabase REPLICA = TestDatabase.mysql();

    @Override
    protected TestDatabase primary() {
        return PRIMARY;
    }

    @Override
    protected TestDatabase replica() {
        return REPLICA;
    }
}
