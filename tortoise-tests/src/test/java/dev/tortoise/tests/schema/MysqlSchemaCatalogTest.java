package dev.tortoise.tests.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tortoise.testing.RequiresMysql;
import dev.tortoise.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The generated DDL run on MariaDB/MySQL, verified through {@code information_schema}. Each test
 * gets a database of its own.
 */
@RequiresMysql
class MysqlSchemaCatalogTest {

    private static final List<String> CYCLE_KEYS = List.of("fk_alpha_beta_f6be159d|beta_id|beta|id|CASCADE",
            "fk_alpha_alpha_aa538ed5|parent_id|alpha|id|SET NULL");

    @RegisterExtension
    final TestDatabase db = TestDatabase.mysql();

    private List<String> rows(String sql, Object... params) {
        return Catalogs.rows(db, sql, params);
    }

    /** Columns as MariaDB reports them; integer display widths (which MySQL 8 no longer shows) are dropped. */
    private List<String> columns(String table) {
        return rows("SELECT COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA FROM information_schema.COLUMNS"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION", table).stream()
                .map(row -> row.replaceAll("\\b(int|bigint|smallint)\\(\\d+\\)", "$1")).toList();
    }

    private List<String> foreignKeys(String table) {
        return rows("SELECT r.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME,"
                + " r.DELETE_RULE FROM information_schema.REFERENTIAL_CONSTRAINTS r"
                + " JOIN information_schema.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = r.CONSTRAINT_SCHEMA"
                + " AND k.TABLE_NAME = r.TABLE_NAME AND k.CONSTRAINT_NAME = r.CONSTRAINT_NAME"
                + " WHERE r.CONSTRAINT_SCHEMA = DATABASE() AND r.TABLE_NAME = ? ORDER BY k.COLUMN_NAME", table);
    }

    private List<String> indexes(String table) {
        return rows("SELECT INDEX_NAME, NON_UNIQUE, GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX) FROM"
                + " information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?"
                + " GROUP BY INDEX_NAME, NON_UNIQUE ORDER BY INDEX_NAME", table);
    }

    @Test
    void everyFieldTypeHasItsTypeNullabilityAndDefault() {
        Schemas.generate(db, Schemas.KITCHEN, false);
        // MariaDB reports the default of a nullable column as the text NULL; its JSON is LONGTEXT
        assertEquals(List.of(
                "id|int|NO|null|auto_increment",
                "integer|int|NO|null|",
                "big|bigint|YES|NULL|",
                "small|smallint|NO|null|",
                "chars|varchar(50)|NO|null|",
                "text|longtext|YES|NULL|",
                "flag|tinyint(1)|NO|1|",
                "decimal|decimal(10,3)|YES|NULL|",
                "datetime|datetime(6)|YES|NULL|",
                "date|date|NO|null|",
                "time|time(6)|YES|NULL|",
                "delta|bigint|YES|NULL|",
                "ratio|double|NO|1.5|",
                "json|longtext|YES|NULL|",
                "uuid|char(36)|YES|NULL|",
                "blob|longblob|YES|NULL|",
                "level|smallint|NO|1|",
                "color|varchar(8)|NO|null|",
                "label_col|varchar(20)|NO|'none'|"), columns("alltypes"));
        assertEquals(List.of("id|char(36)|NO|null|", "code|varchar(30)|NO|null|"), columns("owner"));
        assertEquals(List.of("number|varchar(10)|NO|null|", "pet_id|int|NO|null|"), columns("passport"));
    }

    @Test
    void indexesAndKeysCarryTheirNames() {
        Schemas.generate(db, Schemas.KITCHEN, false);
        assertEquals(List.of("chars|0|chars", "idx_alltypes_small_dc3b6a|1|small,big", "idx_alltypes_small_fa59fc|1|small",
                "PRIMARY|0|id", "uid_alltypes_chars_b18bed|0|chars,date"), indexes("alltypes"));
        // MySQL adds an index for a foreign key column that no index starts with
        assertEquals(List.of("uidx_pet_visits_pet_891b1e|0|pet,visitor", "visitor|1|visitor"), indexes("pet_visits"));
        assertEquals(List.of("fan_id|0|fan_id", "fk_pet_owner_99af84cb|1|foster_code", "fk_pet_owner_d7a94d08|1|owner_id",
                "PRIMARY|0|id"), indexes("pet"));
    }

    @Test
    void foreignKeysPointAtTheirTargetsWithTheirOnDeleteRule() {
        Schemas.generate(db, Schemas.KITCHEN, false);
        // ghost has dbConstraint = false; through tables have unnamed keys
        assertEquals(List.of("fk_pet_owner_a60249f7|fan_id|owner|id|SET NULL",
                "fk_pet_owner_99af84cb|foster_code|owner|code|SET NULL",
                "fk_pet_owner_d7a94d08|owner_id|owner|id|RESTRICT"), foreignKeys("pet"));
        assertEquals(List.of("fk_passport_pet_87d74a7d|pet_id|pet|id|CASCADE"), foreignKeys("passport"));
        assertEquals(List.of("pet_visits_ibfk_1|pet|pet|id|CASCADE", "pet_visits_ibfk_2|visitor|owner|id|CASCADE"),
                foreignKeys("pet_visits"));
    }

    @Test
    void commentsAndCharsetReachTheCatalog() {
        Schemas.generate(db, Schemas.KITCHEN, false);
        assertEquals(List.of("It's a \"char\"\nsecond line \\ */"),
                rows("SELECT COLUMN_COMMENT FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                        + " AND TABLE_NAME = 'alltypes' AND COLUMN_NAME = 'chars'"));
        assertEquals(List.of("LOW: 1\nHIGH: 2"),
                rows("SELECT COLUMN_COMMENT FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                        + " AND TABLE_NAME = 'alltypes' AND COLUMN_NAME = 'level'"));
        assertEquals(List.of("Who feeds it"),
                rows("SELECT COLUMN_COMMENT FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                        + " AND TABLE_NAME = 'pet' AND COLUMN_NAME = 'owner_id'"));
        assertEquals(List.of("alltypes|Every field type; it's \"all\" of them|utf8mb4", "owner||utf8mb4",
                        "passport||utf8mb4", "pet||utf8mb4", "pet_visits|Visits|utf8mb4"),
                rows("SELECT t.TABLE_NAME, t.TABLE_COMMENT, c.CHARACTER_SET_NAME FROM information_schema.TABLES t"
                        + " JOIN information_schema.COLLATION_CHARACTER_SET_APPLICABILITY c"
                        + " ON c.COLLATION_NAME = t.TABLE_COLLATION"
                        + " WHERE t.TABLE_SCHEMA = DATABASE() ORDER BY t.TABLE_NAME"));
    }

    @Test
    void cyclicForeignKeysAreAddedAfterTheTablesAndEnforced() {
        Schemas.generate(db, Schemas.CYCLE, false);
        assertEquals(CYCLE_KEYS, foreignKeys("alpha"));
        assertEquals(List.of("fk_beta_gamma_e790924f|gamma_id|gamma|id|SET NULL"), foreignKeys("beta"));
        assertEquals(List.of("fk_gamma_alpha_4cfed72b|alpha_id|alpha|id|RESTRICT"), foreignKeys("gamma"));
        Catalogs.assertForeignKeyEnforced(db, "INSERT INTO `alpha` (`name`, `beta_id`) VALUES ('a', 99)");
    }

    @Test
    void safeRunsAreIdempotent() {
        Catalogs.generateSafelyTwice(db, Schemas.LIBRARY, Schemas.CYCLE, Schemas.KITCHEN);
        assertEquals(CYCLE_KEYS, foreignKeys("alpha"));
        assertEquals(List.of("14"), rows("SELECT count(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"));
    }

    @Test
    void anUnsafeSecondRunFailsNamingTheTable() {
        Schemas.generate(db, Schemas.LIBRARY, false);
        Catalogs.assertUnsafeRunFailsNaming(db, Schemas.LIBRARY, "author");
    }
}
