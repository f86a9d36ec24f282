package dev.tortoise.backend.h2;

import dev.tortoise.testing.DbClientContract;
import dev.tortoise.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@code DbClient} contract on H2, with an in-memory database of its own for the class. */
class H2DbClientContractTest extends DbClientContract {

    @RegisterExtension
    static final TestDatabase DB = TestDatabase.h2();
}
