package dev.tortoise.tests.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tortoise.internal.schema.SchemaGenerator;
import dev.tortoise.spi.SchemaDialect;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** TORTOISE-SPEC §5.8 on PostgreSQL, statement for statement. */
class PostgresSchemaGoldenTest {
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

    @Test
    void workedExampleUnsafe() {
        assertEquals(GOLDEN, SchemaGenerator.sql(Schemas.models(Schemas.LIBRARY), DIALECT, false));
    }

    @Test
    void workedExampleSafe() {
        String safe = GOLDEN.replace("CREATE TABLE ", "CREATE TABLE IF NOT EXISTS ")
                .replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ")
                .replace("CREATE UNIQUE INDEX ", "CREATE UNIQUE INDEX IF NOT EXISTS ");
        assertEquals(safe, SchemaGenerator.sql(Schemas.models(Schemas.LIBRARY), DIALECT, true));
    }

    @Test
    void aSchemaCredentialIsCreatedFirst() {
        SchemaDialect inSchema = Schemas.dialect("postgres", Map.of("schema", "shop"));
        assertEquals("CREATE SCHEMA IF NOT EXISTS \"shop\";\n" + GOLDEN,
                SchemaGenerator.sql(Schemas.models(Schemas.LIBRARY), inSchema, false));
    }

    @Test
    void cyclicKeysAreAddedAfterTheTablesGuardedInSafeMode() {
        String unsafe = SchemaGenerator.sql(Schemas.models(Schemas.CYCLE), DIALECT, false);
        String alter = "ALTER TABLE \"alpha\" ADD CONSTRAINT \"fk_alpha_beta_f6be159d\" FOREIGN KEY (\"beta_id\")"
                + " REFERENCES \"beta\" (\"id\") ON DELETE CASCADE";
        assertEquals(true, unsafe.contains("\n" + alter + ";\nCREATE TABLE \"alpha_delta\""), unsafe);
        String safe = SchemaGenerator.sql(Schemas.models(Schemas.CYCLE), DIALECT, true);
        assertEquals(true, safe.contains("""
                DO $$ BEGIN
                    IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'fk_alpha_beta_f6be159d' \
                AND conrelid = '"alpha"'::regclass) THEN
                        %s;
                    END IF;
                END $$;""".formatted(alter)), safe);
    }
}
