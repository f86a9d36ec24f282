package dev.tortoise.types;

import dev.tortoise.testing.RequiresPostgres;
import dev.tortoise.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

@RequiresPostgres
class PostgresTypesTest extends TypesSuite {
    @RegisterExtension
    static final TestDatabase DB = TestDatabase.postgres();

    @Override
    protected TestDatabase database() {
        return DB;
    }
}
