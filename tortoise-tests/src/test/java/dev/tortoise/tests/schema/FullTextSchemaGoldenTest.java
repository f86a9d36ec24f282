package dev.tortoise.tests.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tortoise.exceptions.ConfigurationException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code @Index(fullText = true)} in schema generation, statement for statement: a GIN index over
 * {@code to_tsvector('simple', …)} on PostgreSQL (the expression the search lookup writes), a
 * {@code FULLTEXT KEY} line on MySQL/MariaDB, named {@code fts_…} so an ordinary index on the same
 * field keeps its {@code idx_…}; a {@link ConfigurationException} on SQLite and H2, which have none.
 */
class FullTextSchemaGoldenTest {
    private static final String MODULE = "dev.tortoise.orm.search";

    static final String POSTGRES = """
            CREATE TABLE "article" (
                "id" SERIAL NOT NULL PRIMARY KEY,
                "title" VARCHAR(200) NOT NULL,
                "body" TEXT,
                "summary" VARCHAR(200),
                "views" INT
            );
            CREATE INDEX "idx_article_title_97ff44" ON "article" ("title");
            CREATE INDEX "fts_article_title_97ff44" ON "article" USING GIN (to_tsvector('simple', "title"));
            CREATE INDEX "fts_article_body_02445c" ON "article" USING GIN (to_tsvector('simple', "body"), to_tsvector('simple', "summary"));""";

    @Test
    void postgresWritesGinIndexesOverTheSearchExpression() {
        String sql = SchemaGoldenTestBase.script(Schemas.dialect("postgres", Map.of()), MODULE, false);
        assertEquals(POSTGRES, sql.substring(0, sql.indexOf("CREATE TABLE \"comment\"")).strip());
    }

    @Test
    void postgresSafeModeGuardsTheFullTextIndexes() {
        String sql = SchemaGoldenTestBase.script(Schemas.dialect("postgres", Map.of()), MODULE, true);
        assertEquals(POSTGRES.replace("CREATE TABLE ", "CREATE TABLE IF NOT EXISTS ")
                        .replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS "),
                sql.substring(0, sql.indexOf("CREATE TABLE IF NOT EXISTS \"comment\"")).strip());
    }

    @Test
    void mysqlWritesFullTextKeyLines() {
        String sql = SchemaGoldenTestBase.script(Schemas.dialect("mysql", Map.of()), MODULE, false);
        assertEquals("""
                CREATE TABLE `article` (
                    `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
                    `title` VARCHAR(200) NOT NULL,
                    `body` LONGTEXT,
                    `summary` VARCHAR(200),
                    `views` INT,
                    KEY `idx_article_title_97ff44` (`title`),
                    FULLTEXT KEY `fts_article_title_97ff44` (`title`),
                    FULLTEXT KEY `fts_article_body_02445c` (`body`, `summary`)
                ) CHARACTER SET utf8mb4;""", sql.substring(0, sql.indexOf("CREATE TABLE `comment`")).strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "mysql"})
    void aFullTextIndexTakesTextFieldsOnly(String engine) {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> SchemaGoldenTestBase.script(
                Schemas.dialect(engine, Map.of()), "dev.tortoise.tests.schema.FullTextOnNumbers", false));
        assertEquals("'Score' has @Index(value = [name, points], fullText = true) over 'points' (INT): a"
                + " full-text index takes text fields only (CharField, TextField)", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "h2"})
    void databasesWithoutFullTextIndexesRefuseThem(String engine) {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> SchemaGoldenTestBase.script(Schemas.dialect(engine, Map.of()), MODULE, false));
        assertEquals("Model Article (connection 'default') declares @Index(value = {\"title\"}, fullText = true), but"
                + " full-text indexes need PostgreSQL or MySQL/MariaDB and this connection's database has none ("
                + (engine.equals("h2") ? "H2" : "Sqlite") + "SchemaDialect): remove fullText = true, or put the"
                + " model's app on a PostgreSQL or MySQL/MariaDB connection", e.getMessage());
    }
}
