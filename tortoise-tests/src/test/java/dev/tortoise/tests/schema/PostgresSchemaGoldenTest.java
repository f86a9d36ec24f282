package dev.tortoise.tests.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tortoise.spi.SchemaDialect;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** TORTOISE-SPEC §5.8 on PostgreSQL, statement for statement. */
class PostgresSchemaGoldenTest extends SchemaGoldenTestBase {
    private static final SchemaDialect DIALECT = Schemas.dialect("postgres", Map.of());

    static final String GOLDEN = """
            CREATE TABLE "author" (
                "id" SERIAL NOT NULL PRIMARY KEY,
                "name" VARCHAR(100) NOT NULL
            );
            CREATE INDEX "idx_author_name_9e9e67" ON "author" ("name");
            COMMENT ON COLUMN "author"."name" IS 'Pen name';
            COMMENT ON TABLE "author" IS 'Authors';
            CREATE TABLE "book" (
                "id" BIGSERIAL NOT NULL PRIMARY KEY,
                "title" VARCHAR(200) NOT NULL,
                "price" DECIMAL(10,2),
                "author_id" INT NOT NULL REFERENCES "author" ("id") ON DELETE CASCADE,
                CONSTRAINT "uid_book_title_cfa50a" UNIQUE ("title", "author_id")
            );
            CREATE TABLE "tag" (
                "id" SERIAL NOT NULL PRIMARY KEY,
                "label" VARCHAR(30) NOT NULL UNIQUE
            );
            CREATE TABLE "book_tag" (
                "book_id" BIGINT NOT NULL REFERENCES "book" ("id") ON DELETE CASCADE,
                "tag_id" INT NOT NULL REFERENCES "tag" ("id") ON DELETE CASCADE
            );
            CREATE UNIQUE INDEX "uidx_book_tag_book_id_7bc185" ON "book_tag" ("book_id", "tag_id");""";

    PostgresSchemaGoldenTest() {
        super(DIALECT, GOLDEN);
    }

    @Test
    void workedExampleSafe() {
        assertEquals(goldenGuarding("CREATE TABLE ", "CREATE INDEX ", "CREATE UNIQUE INDEX "),
                script(Schemas.LIBRARY, true));
    }

    @Test
    void aSchemaCredentialIsCreatedFirst() {
        SchemaDialect inSchema = Schemas.dialect("postgres", Map.of("schema", "shop"));
        assertEquals("CREATE SCHEMA IF NOT EXISTS \"shop\";\n" + GOLDEN,
                script(inSchema, Schemas.LIBRARY, false));
    }

    @Test
    void cyclicKeysAreAddedAfterTheTablesGuardedInSafeMode() {
        String unsafe = script(Schemas.CYCLE, false);
        String alter = "ALTER TABLE \"alpha\" ADD CONSTRAINT \"fk_alpha_beta_f6be159d\" FOREIGN KEY (\"beta_id\")"
                + " REFERENCES \"beta\" (\"id\") ON DELETE CASCADE";
        assertEquals(true, unsafe.contains("\n" + alter + ";\nCREATE TABLE \"alpha_delta\""), unsafe);
        String safe = script(Schemas.CYCLE, true);
        assertEquals(true, safe.contains("""
                DO $$ BEGIN
                    IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'fk_alpha_beta_f6be159d' \
                AND conrelid = '"alpha"'::regclass) THEN
                        %s;
                    END IF;
                END $$;""".formatted(alter)), safe);
    }
}
