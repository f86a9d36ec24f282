package dev.tortoise.backend.postgres;

import dev.tortoise.testing.DbClientContract;
import dev.tortoise.testing.RequiresPostgres;
import dev.tortoise.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@code DbClient} contract on PostgreSQL, with a database of its own for the class. */
@RequiresPostgres
class PostgresDbClientContractTest extends DbClientContract {

    @RegisterExtension
    static final TestDatabase DB = TestDatabase.postgres();
}
