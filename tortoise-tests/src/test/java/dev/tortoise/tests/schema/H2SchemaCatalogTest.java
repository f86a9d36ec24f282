package dev.tortoise.tests.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tortoise.spi.DbClient;
import dev.tortoise.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The generated DDL run on H2, verified through its {@code INFORMATION_SCHEMA}. Each test gets an
 * in-memory database of its own.
 */
class H2SchemaCatalogTest {

    private static final List<String> CYCLE_KEYS = List.of("fk_alpha_beta_f6be159d|beta_id|beta|id|CASCADE",
            "(unnamed)|parent_id|alpha|id|SET NULL");

    @RegisterExtension
    final TestDatabase db = TestDatabase.h2();

    private List<String> rows(String sql, Object... params) {
        return Catalogs.rows(db, sql, params);
    }

    /** Name, type, length, nullability, default and identity of each column. */
    private List<String> columns(String table) {
        return rows("SELECT column_name, data_type, character_maximum_length AS len, numeric_precision AS digits,"
                + " numeric_scale AS places, datetime_precision AS fraction, is_nullable, column_default, is_identity"
                + " FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ?"
                + " ORDER BY ordinal_position", table);
    }

    /**
     * Name (a name H2 made up for an unnamed constraint shows as "(unnamed)"), key column, target
     * table and column, and ON DELETE rule of each foreign key.
     */
    private List<String> foreignKeys(String table) {
        return rows("SELECT CASE WHEN rc.constraint_name LIKE 'fk%' THEN rc.constraint_name ELSE '(unnamed)' END AS n,"
                + " kcu.column_name AS col, pk.table_name AS target, pk.column_name AS target_col, rc.delete_rule"
                + " FROM information_schema.referential_constraints rc"
                + " JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = rc.constraint_name"
                + " JOIN information_schema.key_column_usage pk ON pk.constraint_name = rc.unique_constraint_name"
                + " AND pk.ordinal_position = kcu.position_in_unique_constraint"
                + " WHERE kcu.table_name = ? ORDER BY kcu.column_name", table);
    }

    /** Name, uniqueness and columns of each index the schema script created by name. */
    private List<String> namedIndexes(String table) {
        return rows("SELECT i.index_name, i.index_type_name, LISTAGG(c.column_name, ',') WITHIN GROUP"
                + " (ORDER BY c.ordinal_position) AS cols FROM information_schema.indexes i"
                + " JOIN information_schema.index_columns c ON c.index_name = i.index_name AND c.table_name = i.table_name"
                + " WHERE i.table_name = ? AND (i.index_name LIKE 'idx%' OR i.index_name LIKE 'uidx%')"
                + " GROUP BY i.index_name, i.index_type_name ORDER BY i.index_name", table);
    }

    @Test
    void everyFieldTypeHasItsTypeNullabilityAndDefault() {
        Schemas.generate(db, Schemas.KITCHEN, false);
        // name|type|length|digits|places|fractional digits of times|nullable|default|identity
        assertEquals(List.of(
                "id|integer|null|32|0|null|NO|null|YES",
                "integer|integer|null|32|0|null|NO|null|NO",
                "big|bigint|null|64|0|null|YES|null|NO",
                "small|smallint|null|16|0|null|NO|null|NO",
                "chars|character varying|50|null|null|null|NO|null|NO",
                "text|character varying|1000000000|null|null|null|YES|null|NO",
                "flag|boolean|null|null|null|null|NO|TRUE|NO",
                "decimal|numeric|null|10|3|null|YES|null|NO",
                "datetime|timestamp with time zone|null|null|null|6|YES|null|NO",
                "date|date|null|null|null|0|NO|null|NO",
                "time|time|null|null|null|6|YES|null|NO",
                "delta|bigint|null|64|0|null|YES|null|NO",
                "ratio|double precision|null|53|null|null|NO|1.5|NO",
                "json|character varying|1000000000|null|null|null|YES|null|NO",
                "uuid|uuid|null|null|null|null|YES|null|NO",
                "blob|binary varying|1000000000|null|null|null|YES|null|NO",
                "level|smallint|null|16|0|null|NO|1|NO",
                "color|character varying|8|null|null|null|NO|null|NO",
                "label_col|character varying|20|null|null|null|NO|'none'|NO"), columns("alltypes"));
        assertEquals(List.of("id|uuid|null|null|null|null|NO|null|NO",
                "code|character varying|30|null|null|null|NO|null|NO"), columns("owner"));
        assertEquals(List.of("number|character varying|10|null|null|null|NO|null|NO",
                "pet_id|integer|null|32|0|null|NO|null|NO"), columns("passport"));
    }

    @Test
    void defaultsApplyWhenAnInsertLeavesColumnsOut() {
        Schemas.generate(db, Schemas.KITCHEN, false);
        db.client().executeUpdate("INSERT INTO \"alltypes\" (\"integer\", \"small\", \"chars\", \"date\", \"color\")"
                + " VALUES (?, ?, ?, ?, ?)", 1, 2, "x", java.time.LocalDate.of(2024, 1, 1), "RED");
        assertEquals(List.of("true|1.5|1|none"),
                rows("SELECT \"flag\", \"ratio\", \"level\", \"label_col\" FROM \"alltypes\""));
    }

    @Test
    void indexesAndUniqueConstraintsCarryTheirNames() {
        Schemas.generate(db, Schemas.KITCHEN, false);
        assertEquals(List.of("idx_alltypes_small_dc3b6a|INDEX|small,big", "idx_alltypes_small_fa59fc|INDEX|small"),
                namedIndexes("alltypes"));
        assertEquals(List.of("uid_alltypes_chars_b18bed|UNIQUE"), rows("SELECT constraint_name, constraint_type FROM information_schema.table_constraints"
                + " WHERE table_name = 'alltypes' AND constraint_name LIKE 'uid%'"));
        assertEquals(List.of("uidx_pet_visits_pet_891b1e|UNIQUE INDEX|pet,visitor"), namedIndexes("pet_visits"));
    }

    @Test
    void foreignKeysPointAtTheirTargetsWithTheirOnDeleteRule() {
        Schemas.generate(db, Schemas.KITCHEN, false);
        // ghost has dbConstraint = false: a plain column
        assertEquals(List.of("(unnamed)|fan_id|owner|id|SET NULL", "(unnamed)|foster_code|owner|code|SET NULL",
                "(unnamed)|owner_id|owner|id|RESTRICT"), foreignKeys("pet"));
        assertEquals(List.of("(unnamed)|pet_id|pet|id|CASCADE"), foreignKeys("passport"));
        assertEquals(List.of("(unnamed)|pet|pet|id|CASCADE", "(unnamed)|visitor|owner|id|CASCADE"),
                foreignKeys("pet_visits"));
    }

    @Test
    void commentsReachTheCatalogExactly() {
        Schemas.generate(db, Schemas.KITCHEN, false);
        assertEquals(List.of("It's a \"char\"\nsecond line \\ */"), rows("SELECT remarks FROM information_schema.columns"
                + " WHERE table_name = 'alltypes' AND column_name = 'chars'"));
        assertEquals(List.of("Every field type; it's \"all\" of them"),
                rows("SELECT remarks FROM information_schema.tables WHERE table_name = 'alltypes'"));
        assertEquals(List.of("Who feeds it"), rows("SELECT remarks FROM information_schema.columns"
                + " WHERE table_name = 'pet' AND column_name = 'owner_id'"));
        assertEquals(List.of("Visits"), rows("SELECT remarks FROM information_schema.tables WHERE table_name = 'pet_visits'"));
    }

    @Test
    void cyclicForeignKeysAreAddedAfterTheTablesAndEnforced() {
        Schemas.generate(db, Schemas.CYCLE, false);
        assertEquals(CYCLE_KEYS, foreignKeys("alpha"));
        assertEquals(List.of("(unnamed)|gamma_id|gamma|id|SET NULL"), foreignKeys("beta"));
        assertEquals(List.of("(unnamed)|alpha_id|alpha|id|RESTRICT"), foreignKeys("gamma"));
        Catalogs.assertForeignKeyEnforced(db, "INSERT INTO \"alpha\" (\"name\", \"beta_id\") VALUES ('a', 99)");
        DbClient client = db.client();
        client.executeUpdate("INSERT INTO \"beta\" (\"gamma_id\") VALUES (NULL)");
        client.executeUpdate("INSERT INTO \"alpha\" (\"name\", \"beta_id\") VALUES ('a', 1)");
        assertEquals(List.of("1"), rows("SELECT count(*) FROM \"alpha\" JOIN \"beta\" ON \"beta\".\"id\" = \"alpha\".\"beta_id\""));
    }

    @Test
    void safeRunsAreIdempotent() {
        Catalogs.generateSafelyTwice(db, Schemas.LIBRARY, Schemas.CYCLE, Schemas.KITCHEN);
        assertEquals(CYCLE_KEYS, foreignKeys("alpha"));
        assertEquals(List.of("14"), rows("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"));
    }

    @Test
    void anUnsafeSecondRunFailsNamingTheTable() {
        Schemas.generate(db, Schemas.LIBRARY, false);
        db.client().executeUpdate("DROP TABLE \"book_tag\"");
        Catalogs.assertUnsafeRunFailsNaming(db, Schemas.LIBRARY, "author");
    }

    @Test
    void theProviderGivesTheH2Dialect() {
        assertEquals("h2", db.platform().name());
    }
}
