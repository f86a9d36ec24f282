package dev.tortoise.tests.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.internal.schema.SchemaGenerator;
import dev.tortoise.internal.schema.SchemaScript;
import dev.tortoise.spi.SchemaDialect;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** TORTOISE-SPEC §5.8 on MySQL/MariaDB, statement for statement. */
class MysqlSchemaGoldenTest extends SchemaGoldenTestBase {
    private static final SchemaDialect DIALECT = Schemas.dialect("mysql", Map.of());

    static final String GOLDEN = """
            CREATE TABLE `author` (
                `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
                `name` VARCHAR(100) NOT NULL COMMENT 'Pen name',
                KEY `idx_author_name_9e9e67` (`name`)
            ) CHARACTER SET utf8mb4 COMMENT='Authors';
            CREATE TABLE `book` (
                `id` BIGINT NOT NULL PRIMARY KEY AUTO_INCREMENT,
                `title` VARCHAR(200) NOT NULL,
                `price` DECIMAL(10,2),
                `author_id` INT NOT NULL,
                UNIQUE KEY `uid_book_title_cfa50a` (`title`, `author_id`),
                CONSTRAINT `fk_book_author_ed0cb68f` FOREIGN KEY (`author_id`) REFERENCES `author` (`id`) ON DELETE CASCADE
            ) CHARACTER SET utf8mb4;
            CREATE TABLE `tag` (
                `id` INT NOT NULL PRIMARY KEY AUTO_INCREMENT,
                `label` VARCHAR(30) NOT NULL UNIQUE
            ) CHARACTER SET utf8mb4;
            CREATE TABLE `book_tag` (
                `book_id` BIGINT NOT NULL,
                `tag_id` INT NOT NULL,
                FOREIGN KEY (`book_id`) REFERENCES `book` (`id`) ON DELETE CASCADE,
                FOREIGN KEY (`tag_id`) REFERENCES `tag` (`id`) ON DELETE CASCADE,
                UNIQUE KEY `uidx_book_tag_book_id_7bc185` (`book_id`, `tag_id`)
            ) CHARACTER SET utf8mb4;""";

    MysqlSchemaGoldenTest() {
        super(DIALECT, GOLDEN);
    }

    @Test
    void workedExampleSafeOnlyGuardsTables() {
        assertEquals(goldenGuarding("CREATE TABLE "), script(Schemas.LIBRARY, true));
    }

    @Test
    void theCharsetComesFromTheConnection() {
        String latin = script(Schemas.dialect("mysql", Map.of("charset", "latin1")), Schemas.LIBRARY, false);
        assertEquals(GOLDEN.replace("utf8mb4", "latin1"), latin);
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> Schemas.dialect("mysql", Map.of("charset", "utf8; DROP TABLE x")));
        assertTrue(e.getMessage().startsWith("Credential 'charset' is \"utf8; DROP TABLE x\""), e.getMessage());
    }

    @Test
    void cyclicKeysAreAddedAfterTheTablesAndGuardedInSafeMode() {
        String alter = "ALTER TABLE `alpha` ADD CONSTRAINT `fk_alpha_beta_f6be159d` FOREIGN KEY (`beta_id`)"
                + " REFERENCES `beta` (`id`) ON DELETE CASCADE";
        SchemaScript unsafe = SchemaGenerator.script(Schemas.models(Schemas.CYCLE), DIALECT, false);
        assertEquals(alter, unsafe.sqlStatements().get(4));
        assertEquals(false, unsafe.statements().get(4).guarded());
        SchemaScript safe = SchemaGenerator.script(Schemas.models(Schemas.CYCLE), DIALECT, true);
        SchemaDialect.Statement guarded = safe.statements().get(4);
        assertEquals(alter, guarded.sql());
        assertTrue(guarded.existsQuery().contains("information_schema.TABLE_CONSTRAINTS"), guarded.existsQuery());
        assertEquals(List.of("alpha", "fk_alpha_beta_f6be159d"), guarded.existsParams());
    }
}
