package dev.tortoise.tests.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tortoise.testing.RequiresPostgres;
import dev.tortoise.testing.TestDatabase;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@code schema} credential: the schema is created and every table lands in it. */
@RequiresPostgres
class PostgresSchemaCredentialTest {

    @RegisterExtension
    static final TestDatabase DB = TestDatabase.postgres().with("schema", "tortoise_shop");

    @Test
    void tablesAreCreatedInTheConfiguredSchemaAndSafeRunsRepeat() {
        Schemas.generate(DB, Schemas.LIBRARY, true);
        Schemas.generate(DB, Schemas.CYCLE, true);
        Schemas.generate(DB, Schemas.CYCLE, true);
        List<String> tables = DB.client().executeQueryDict("SELECT table_schema || '.' || table_name AS t"
                        + " FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')"
                        + " ORDER BY 1").stream()
                .map(row -> String.valueOf(row.get("t"))).collect(Collectors.toList());
        assertEquals(List.of("tortoise_shop.alpha", "tortoise_shop.alpha_delta", "tortoise_shop.author",
                "tortoise_shop.beta", "tortoise_shop.book", "tortoise_shop.book_tag", "tortoise_shop.delta",
                "tortoise_shop.gamma", "tortoise_shop.tag"), tables);
    }
}
