package dev.tortoise.spring;

import dev.tortoise.testing.RequiresPostgres;
import dev.tortoise.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The starter on a fresh PostgreSQL database of the test server, through Boot's own pool on it. */
@RequiresPostgres
class PostgresSpringBootTest extends SpringTransactionsContract {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres();

    @DynamicPropertySource
    static void dataSource(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", db::jdbcUrl);
    }

    @Override
    TestDatabase database() {
        return db;
    }
}
