package dev.tortoise.tests.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tortoise.spi.DbClient;
import dev.tortoise.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The generated DDL run on a real SQLite file, verified through SQLite's own catalog
 * ({@code pragma_table_info}, {@code pragma_index_list}, {@code pragma_foreign_key_list}).
 */
class SqliteSchemaCatalogTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.sqlite();

    private List<String> rows(String sql) {
        return Catalogs.rows(db, sql);
    }

    /** Name, declared type, not-null flag, default and primary-key position of each column. */
    private List<String> columns(String table) {
        return rows("SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info('%s') ORDER BY cid"
                .formatted(table));
    }

    @Test
    void everyFieldTypeHasItsDeclaredTypeNullabilityAndDefault() {
        Schemas.generate(db, Schemas.KITCHEN, false);
        assertEquals(List.of(
                "id|INTEGER|1|null|1",
                "integer|INT|1|null|0",
                "big|BIGINT|0|null|0",
                "small|SMALLINT|1|null|0",
                "chars|VARCHAR(50)|1|null|0",
                "text|TEXT|0|null|0",
                "flag|INT|1|1|0",
                "decimal|VARCHAR(40)|0|null|0",
                "datetime|TIMESTAMP|0|null|0",
                "date|DATE|1|null|0",
                "time|TIME|0|null|0",
                "delta|BIGINT|0|null|0",
                "ratio|REAL|1|1.5|0",
                "json|JSON|0|null|0",
                "uuid|CHAR(36)|0|null|0",
                "blob|BLOB|0|null|0",
                "level|SMALLINT|1|1|0",
                "color|VARCHAR(8)|1|null|0",
                "label_col|VARCHAR(20)|1|'none'|0"), columns("alltypes"));
        assertEquals(List.of("id|CHAR(36)|1|null|1", "code|VARCHAR(30)|1|null|0"), columns("owner"));
        assertEquals(List.of("number|VARCHAR(10)|1|null|0", "pet_id|INT|1|null|1"), columns("passport"));
    }

    @Test
    void defaultsApplyWhenAnInsertLeavesColumnsOut() {
        Schemas.generate(db, Schemas.KITCHEN, false);
        db.client().executeUpdate("INSERT INTO \"alltypes\" (\"integer\", \"small\", \"chars\", \"date\", \"color\")"
                + " VALUES (?, ?, ?, ?, ?)", 1, 2, "x", "2024-01-01", "RED");
        assertEquals(List.of("1|1.5|1|none"),
                rows("SELECT \"flag\", \"ratio\", \"level\", \"label_col\" FROM \"alltypes\""));
    }

    @Test
    void uniquesAndIndexesAreThere() {
        Schemas.generate(db, Schemas.KITCHEN, false);
        // name|unique|origin: "c" = CREATE INDEX, "u" = UNIQUE constraint
        assertEquals(List.of(
                        "idx_alltypes_small_dc3b6a|0|c|small,big",
                        "idx_alltypes_small_fa59fc|0|c|small",
                        "sqlite_autoindex_alltypes_1|1|u|chars",
                        "sqlite_autoindex_alltypes_2|1|u|chars,date"),
                rows("SELECT l.name, l.\"unique\", l.origin, (SELECT group_concat(i.name, ',') FROM"
                        + " (SELECT name FROM pragma_index_info(l.name) ORDER BY seqno) i)"
                        + " FROM pragma_index_list('alltypes') l ORDER BY l.name"));
        assertEquals(List.of("uidx_pet_visits_pet_891b1e|1|c|pet,visitor"),
                rows("SELECT l.name, l.\"unique\", l.origin, (SELECT group_concat(i.name, ',') FROM"
                        + " (SELECT name FROM pragma_index_info(l.name) ORDER BY seqno) i)"
                        + " FROM pragma_index_list('pet_visits') l WHERE l.origin = 'c'"));
        assertEquals(List.of("fan_id"), rows("SELECT i.name FROM pragma_index_list('pet') l,"
                + " pragma_index_info(l.name) i WHERE l.\"unique\" = 1"));
    }

    @Test
    void foreignKeysPointAtTheirTargetsWithTheirOnDeleteRule() {
        Schemas.generate(db, Schemas.KITCHEN, false);
        String fks = "SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list('%s') ORDER BY \"from\"";
        // ghost has dbConstraint = false: a plain column
        assertEquals(List.of("owner|fan_id|id|SET NULL", "owner|foster_code|code|SET NULL", "owner|owner_id|id|RESTRICT"),
                rows(fks.formatted("pet")));
        assertEquals(List.of("pet|pet_id|id|CASCADE"), rows(fks.formatted("passport")));
        assertEquals(List.of("pet|pet|id|CASCADE", "owner|visitor|id|CASCADE"), rows(fks.formatted("pet_visits")));
    }

    @Test
    void commentsLiveInTheStoredCreateStatement() {
        Schemas.generate(db, Schemas.KITCHEN, false);
        String pet = rows("SELECT sql FROM sqlite_master WHERE name = 'pet'").get(0);
        assertTrue(pet.contains("ON DELETE RESTRICT /* Who feeds it */"), pet);
        String alltypes = rows("SELECT sql FROM sqlite_master WHERE name = 'alltypes'").get(0);
        assertTrue(alltypes.contains("\"chars\" VARCHAR(50) NOT NULL UNIQUE /* It's a \"char\"\\nsecond line \\\\ *\\/ */"),
                alltypes);
        // SQLite keeps the text up to the closing parenthesis: a table comment lives only in the script
        assertTrue(Schemas.sql(db, Schemas.KITCHEN, false).contains(") /* Visits */;"));
    }

    @Test
    void cyclicForeignKeysAreWrittenInlineAndEnforced() {
        Schemas.generate(db, Schemas.CYCLE, false);
        String fks = "SELECT \"table\", \"from\", on_delete FROM pragma_foreign_key_list('%s') ORDER BY \"from\"";
        assertEquals(List.of("beta|beta_id|CASCADE", "alpha|parent_id|SET NULL"), rows(fks.formatted("alpha")));
        assertEquals(List.of("gamma|gamma_id|SET NULL"), rows(fks.formatted("beta")));
        assertEquals(List.of("alpha|alpha_id|RESTRICT"), rows(fks.formatted("gamma")));
        Catalogs.assertForeignKeyEnforced(db, "INSERT INTO \"alpha\" (\"name\", \"beta_id\") VALUES ('a', 99)");
        DbClient client = db.client();
        client.executeUpdate("INSERT INTO \"beta\" (\"gamma_id\") VALUES (NULL)");
        client.executeUpdate("INSERT INTO \"alpha\" (\"name\", \"beta_id\") VALUES ('a', 1)");
        client.executeUpdate("INSERT INTO \"gamma\" (\"alpha_id\") VALUES (1)");
        client.executeUpdate("UPDATE \"beta\" SET \"gamma_id\" = 1");
        assertEquals(List.of("1"), rows("SELECT count(*) FROM \"alpha\" JOIN \"beta\" ON \"beta\".\"id\" = \"alpha\".\"beta_id\""));
    }

    @Test
    void safeRunsAreIdempotent() {
        Catalogs.generateSafelyTwice(db, Schemas.LIBRARY, Schemas.CYCLE);
        assertEquals(List.of("alpha", "alpha_delta", "author", "beta", "book", "book_tag", "delta", "gamma", "tag"),
                rows("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name"));
    }

    @Test
    void anUnsafeSecondRunFailsNamingTheTableAndChangesNothing() {
        Schemas.generate(db, Schemas.LIBRARY, false);
        db.client().executeUpdate("DROP TABLE \"book_tag\"");
        Catalogs.assertUnsafeRunFailsNaming(db, Schemas.LIBRARY, "author");
        // one transaction: nothing of the failed run stays
        assertEquals(List.of(), rows("SELECT name FROM sqlite_master WHERE name = 'book_tag'"));
    }

    @Test
    void theProviderGivesTheSqliteDialect() {
        assertEquals("sqlite", db.platform().name());
    }
}
