package dev.tortoise.tests.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tortoise.testing.RequiresPostgres;
import dev.tortoise.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The generated DDL run on PostgreSQL, verified through {@code pg_catalog} and
 * {@code information_schema}. Each test gets a database of its own.
 */
@RequiresPostgres
class PostgresSchemaCatalogTest {

    private static final List<String> CYCLE_KEYS = List.of("fk_alpha_beta_f6be159d|beta_id|beta|id|c",
            "alpha_parent_id_fkey|parent_id|alpha|id|n");

    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    private List<String> rows(String sql, Object... params) {
        return Catalogs.rows(db, sql, params);
    }

    private List<String> columns(String table) {
        return rows("SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,"
                + " pg_get_expr(d.adbin, d.adrelid) FROM pg_attribute a"
                + " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
                + " WHERE a.attrelid = ?::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum",
                "\"" + table + "\"");
    }

    private List<String> foreignKeys(String table) {
        return rows("SELECT c.conname, a.attname AS col, c.confrelid::regclass::text AS target, af.attname AS target_col,"
                + " c.confdeltype"
                + " FROM pg_constraint c"
                + " JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]"
                + " JOIN pg_attribute af ON af.attrelid = c.confrelid AND af.attnum = c.confkey[1]"
                + " WHERE c.contype = 'f' AND c.conrelid = ?::regclass ORDER BY a.attname", "\"" + table + "\"");
    }

    @Test
    void everyFieldTypeHasItsTypeNullabilityAndDefault() {
        Schemas.generate(db, Schemas.KITCHEN, false);
        assertEquals(List.of(
                "id|integer|true|nextval('alltypes_id_seq'::regclass)",
                "integer|integer|true|null",
                "big|bigint|false|null",
                "small|smallint|true|null",
                "chars|character varying(50)|true|null",
                "text|text|false|null",
                "flag|boolean|true|true",
                "decimal|numeric(10,3)|false|null",
                "datetime|timestamp with time zone|false|null",
                "date|date|true|null",
                "time|time with time zone|false|null",
                "delta|bigint|false|null",
                "ratio|double precision|true|1.5",
                "json|jsonb|false|null",
                "uuid|uuid|false|null",
                "blob|bytea|false|null",
                "level|smallint|true|1",
                "color|character varying(8)|true|null",
                "label_col|character varying(20)|true|'none'::character varying"), columns("alltypes"));
        assertEquals(List.of("id|uuid|true|null", "code|character varying(30)|true|null"), columns("owner"));
        assertEquals(List.of("number|character varying(10)|true|null", "pet_id|integer|true|null"), columns("passport"));
    }

    @Test
    void generatedKeysUseTheSerialFamily() {
        Schemas.generate(db, Schemas.LIBRARY, false);
        assertEquals(List.of("id|bigint|true|nextval('book_id_seq'::regclass)"), columns("book").subList(0, 1));
        assertEquals(List.of("book_id|bigint|true|null", "tag_id|integer|true|null"), columns("book_tag"));
    }

    @Test
    void indexesAndUniqueConstraintsCarryTheirNames() {
        Schemas.generate(db, Schemas.KITCHEN, false);
        assertEquals(List.of(
                "alltypes_chars_key|CREATE UNIQUE INDEX alltypes_chars_key ON public.alltypes USING btree (chars)",
                "alltypes_pkey|CREATE UNIQUE INDEX alltypes_pkey ON public.alltypes USING btree (id)",
                "idx_alltypes_small_dc3b6a|CREATE INDEX idx_alltypes_small_dc3b6a ON public.alltypes USING btree (small, big)",
                "idx_alltypes_small_fa59fc|CREATE INDEX idx_alltypes_small_fa59fc ON public.alltypes USING btree (small)",
                "uid_alltypes_chars_b18bed|CREATE UNIQUE INDEX uid_alltypes_chars_b18bed ON public.alltypes"
                        + " USING btree (chars, date)"),
                rows("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'alltypes' ORDER BY indexname"));
        assertEquals(List.of("uid_alltypes_chars_b18bed|u"),
                rows("SELECT conname, contype FROM pg_constraint WHERE conrelid = 'alltypes'::regclass AND conname LIKE 'uid%'"));
        assertEquals(List.of("uidx_pet_visits_pet_891b1e|CREATE UNIQUE INDEX uidx_pet_visits_pet_891b1e ON public.pet_visits"
                        + " USING btree (pet, visitor)"),
                rows("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'pet_visits'"));
    }

    @Test
    void foreignKeysPointAtTheirTargetsWithTheirOnDeleteRule() {
        Schemas.generate(db, Schemas.KITCHEN, false);
        // confdeltype: c = CASCADE, r = RESTRICT, n = SET NULL; ghost has dbConstraint = false
        assertEquals(List.of("pet_fan_id_fkey|fan_id|owner|id|n", "pet_foster_code_fkey|foster_code|owner|code|n",
                "pet_owner_id_fkey|owner_id|owner|id|r"), foreignKeys("pet"));
        assertEquals(List.of("passport_pet_id_fkey|pet_id|pet|id|c"), foreignKeys("passport"));
        assertEquals(List.of("pet_visits_pet_fkey|pet|pet|id|c", "pet_visits_visitor_fkey|visitor|owner|id|c"),
                foreignKeys("pet_visits"));
    }

    @Test
    void commentsReachTheCatalogExactly() {
        Schemas.generate(db, Schemas.KITCHEN, false);
        assertEquals(List.of("It's a \"char\"\nsecond line \\ */"),
                rows("SELECT col_description('alltypes'::regclass, attnum) FROM pg_attribute"
                        + " WHERE attrelid = 'alltypes'::regclass AND attname = 'chars'"));
        assertEquals(List.of("Every field type; it's \"all\" of them"),
                rows("SELECT obj_description('alltypes'::regclass, 'pg_class')"));
        assertEquals(List.of("Who feeds it"), rows("SELECT col_description('pet'::regclass, attnum) FROM pg_attribute"
                + " WHERE attrelid = 'pet'::regclass AND attname = 'owner_id'"));
        assertEquals(List.of("Visits"), rows("SELECT obj_description('pet_visits'::regclass, 'pg_class')"));
    }

    @Test
    void cyclicForeignKeysAreAddedAfterTheTablesAndEnforced() {
        Schemas.generate(db, Schemas.CYCLE, false);
        assertEquals(CYCLE_KEYS, foreignKeys("alpha"));
        assertEquals(List.of("beta_gamma_id_fkey|gamma_id|gamma|id|n"), foreignKeys("beta"));
        assertEquals(List.of("gamma_alpha_id_fkey|alpha_id|alpha|id|r"), foreignKeys("gamma"));
        Catalogs.assertForeignKeyEnforced(db, "INSERT INTO \"alpha\" (\"name\", \"beta_id\") VALUES ('a', 99)");
    }

    @Test
    void safeRunsAreIdempotent() {
        Catalogs.generateSafelyTwice(db, Schemas.LIBRARY, Schemas.CYCLE, Schemas.KITCHEN);
        assertEquals(CYCLE_KEYS, foreignKeys("alpha"));
        assertEquals(List.of("14"), rows("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"));
    }

    @Test
    void anUnsafeSecondRunFailsNamingTheTableAndChangesNothing() {
        Schemas.generate(db, Schemas.LIBRARY, false);
        db.client().executeUpdate("DROP TABLE \"book_tag\"");
        Catalogs.assertUnsafeRunFailsNaming(db, Schemas.LIBRARY, "author");
        assertEquals(List.of(), rows("SELECT table_name FROM information_schema.tables WHERE table_name = 'book_tag'"));
    }
}
