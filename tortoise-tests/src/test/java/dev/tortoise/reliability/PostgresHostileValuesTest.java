package dev.tortoise.reliability;

import dev.tortoise.testing.RequiresPostgres;
import dev.tortoise.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

@RequiresPostgres
class PostgresHostileValuesTest extends HostileValuesSuite {
    @RegisterExtension
    static final TestDatabase DB = TestDatabase.postgres();

    @Override
    protected TestDatabase database() {
        return DB;
    }
}
