package dev.tortoise.tests.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tortoise.Tortoise;
import dev.tortoise.spi.SchemaDialect;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** TORTOISE-SPEC §5.8 on SQLite, statement for statement. */
class SqliteSchemaGoldenTest extends SchemaGoldenTestBase {
    private static final SchemaDialect DIALECT = Schemas.dialect("sqlite", Map.of("file_path", ":memory:"));

    static final String GOLDEN = """
            CREATE TABLE "author" (
                "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
                "name" VARCHAR(100) NOT NULL /* Pen name */
            ) /* Authors */;
            CREATE INDEX "idx_author_name_9e9e67" ON "author" ("name");
            CREATE TABLE "book" (
                "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
                "title" VARCHAR(200) NOT NULL,
                "price" VARCHAR(40),
                "author_id" INT NOT NULL REFERENCES "author" ("id") ON DELETE CASCADE,
                CONSTRAINT "uid_book_title_cfa50a" UNIQUE ("title", "author_id")
            );
            CREATE TABLE "tag" (
                "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
                "label" VARCHAR(30) NOT NULL UNIQUE
            );
            CREATE TABLE "book_tag" (
                "book_id" BIGINT NOT NULL REFERENCES "book" ("id") ON DELETE CASCADE,
                "tag_id" INT NOT NULL REFERENCES "tag" ("id") ON DELETE CASCADE
            );
            CREATE UNIQUE INDEX "uidx_book_tag_book_id_7bc185" ON "book_tag" ("book_id", "tag_id");""";

    SqliteSchemaGoldenTest() {
        super(DIALECT, GOLDEN);
    }

    @Test
    void workedExampleSafe() {
        assertEquals(goldenGuarding("CREATE TABLE ", "CREATE INDEX ", "CREATE UNIQUE INDEX "),
                script(Schemas.LIBRARY, true));
    }

    @Test
    void tortoiseGetSchemaSqlGivesTheSameScriptAndGenerateSchemasRunsIt() {
        try (Tortoise tortoise = Tortoise.init("sqlite://:memory:", Map.of("models", List.of(Schemas.LIBRARY)))) {
            assertEquals(GOLDEN, tortoise.getSchemaSql("default", false));
            tortoise.generateSchemas();
            tortoise.generateSchemas(true);
            assertEquals(List.of(Map.of("n", 4)), tortoise.connection("default").executeQueryDict(
                    "SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"));
        }
    }
}
