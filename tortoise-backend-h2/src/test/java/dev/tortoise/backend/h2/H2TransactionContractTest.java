package dev.tortoise.backend.h2;

import dev.tortoise.testing.TransactionContract;
import dev.tortoise.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The transaction contract on H2, with an in-memory database of its own for the class. */
class H2TransactionContractTest extends TransactionContract {

    @RegisterExtension
    static final TestDatabase DB = TestDatabase.h2();
}
