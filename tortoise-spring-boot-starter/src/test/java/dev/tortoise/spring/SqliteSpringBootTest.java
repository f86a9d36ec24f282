package dev.tortoise.spring;

import dev.tortoise.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The starter on a SQLite file in a temporary folder, through Boot's own pool on it. */
class SqliteSpringBootTest extends SpringTransactionsContract {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.sqlite();

    @DynamicPropertySource
    static void dataSource(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", db::jdbcUrl);
    }

    @Override
    TestDatabase database() {
        return db;
    }
}
