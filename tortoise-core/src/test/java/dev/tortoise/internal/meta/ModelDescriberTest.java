package dev.tortoise.internal.meta;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.tortoise.spi.FieldKind;
import java.util.TreeMap;
import dev.tortoise.spi.ColumnTypes;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** {@code describeModels} data in upstream's shape (TORTOISE-SPEC §7). */
class ModelDescriberTest {
    private static final String NOT_SET = "__NOT_SET__";

    /**
     * Platforms as db_field_types reports them, standing in for the backends (which are not on
     * core's class path): each differs from the standard types where the built-in one does.
     */
    private static final Map<String, ColumnTypes> PLATFORMS = new TreeMap<>(Map.of(
            "mysql", ColumnTypes.standard().with(FieldKind.DATETIME, "DATETIME(6)").with(FieldKind.TEXT, "LONGTEXT"),
            "postgres", ColumnTypes.standard().with(FieldKind.DATETIME, "TIMESTAMPTZ").with(FieldKind.UUID, "UUID"),
            "sqlite", ColumnTypes.standard().with(FieldKind.BOOLEAN, "INT").with(FieldKind.DECIMAL, "VARCHAR(40)")));

    /** A map from alternating keys and values; values may be null. */
    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static Map<String, Map<String, Object>> library() {
        return ModelDescriber.describe(Registries.build("models", "dev.tortoise.testmodels.library"), PLATFORMS);
    }

    @Test
    void describesAWholeModel() {
        Map<String, Object> expected = map(
                "name", "models.Author",
                "app", "models",
                "table", "author",
                "abstract", false,
                "description", "Authors",
                "docstring", null,
                "unique_together", List.of(),
                "indexes", List.of(),
                "pk_field", map("name", "id", "field_type", "IntField", "db_column", "id", "java_type", "Integer",
                        "generated", true, "nullable", false, "unique", true, "indexed", true, "default", null,
                        "description", null, "docstring", null, "constraints", map("ge", 1, "le", 2147483647),
                        "db_field_types", map("", "INT"), "db_default", NOT_SET),
                "data_fields", List.of(map("name", "name", "field_type", "CharField", "db_column", "name",
                        "java_type", "String", "generated", false, "nullable", false, "unique", false,
                        "indexed", true, "default", null, "description", "Pen name", "docstring", null,
                        "constraints", map("max_length", 100), "db_field_types", map("", "VARCHAR(100)"),
                        "db_default", NOT_SET)),
                "fk_fields", List.of(),
                "backward_fk_fields", List.of(map("name", "books", "field_type", "BackwardFKRelation",
                        "java_type", "models.Book", "generated", false, "nullable", false, "unique", false,
                        "indexed", false, "default", null, "description", null, "docstring", null,
                        "constraints", map(), "db_default", NOT_SET, "db_constraint", true)),
                "o2o_fields", List.of(),
                "backward_o2o_fields", List.of(),
                "m2m_fields", List.of());
        Map<String, Map<String, Object>> described = library();
        assertEquals(List.of("models.Author", "models.Book", "models.Tag"), List.copyOf(described.keySet()));
        assertEquals(expected, described.get("models.Author"));
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(described.get("models.Author").keySet()));
    }

    @Test
    void describesForeignKeysKeyFieldsAndManyToMany() {
        Map<String, Object> book = library().get("models.Book");
        assertEquals(List.of(List.of("title", "author")), book.get("unique_together"));
        assertEquals(map("name", "id", "field_type", "BigIntField", "db_column", "id", "java_type", "Long",
                "generated", true, "nullable", false, "unique", true, "indexed", true, "default", null,
                "description", null, "docstring", null, "constraints", map("ge", 1L, "le", Long.MAX_VALUE),
                "db_field_types", map("", "BIGINT"), "db_default", NOT_SET), book.get("pk_field"));
        List<?> data = (List<?>) book.get("data_fields");
        assertEquals(List.of("title", "price", "author_id"), data.stream().map(f -> ((Map<?, ?>) f).get("name")).toList());
        assertEquals(map("name", "price", "field_type", "DecimalField", "db_column", "price", "java_type", "BigDecimal",
                "generated", false, "nullable", true, "unique", false, "indexed", false, "default", null,
                "description", null, "docstring", null, "constraints", map(),
                "db_field_types", map("", "DECIMAL(10,2)", "sqlite", "VARCHAR(40)"), "db_default", NOT_SET),
                data.get(1));
        assertEquals(map("name", "author_id", "field_type", "IntField", "db_column", "author_id",
                "java_type", "Integer", "generated", false, "nullable", false, "unique", false, "indexed", false,
                "default", null, "description", null, "docstring", null, "constraints", map("ge", 1, "le", 2147483647),
                "db_field_types", map("", "INT"), "db_default", NOT_SET), data.get(2));
        assertEquals(List.of(map("name", "author", "field_type", "ForeignKeyField", "java_type", "models.Author",
                "generated", false, "nullable", false, "unique", false, "indexed", false, "default", null,
                "description", null, "docstring", null, "constraints", map(), "db_default", NOT_SET,
                "db_constraint", true, "raw_field", "author_id", "on_delete", "CASCADE")), book.get("fk_fields"));
        assertEquals(List.of(map("name", "tags", "field_type", "ManyToManyField", "java_type", "models.Tag",
                "generated", false, "nullable", false, "unique", false, "indexed", false, "default", null,
                "description", null, "docstring", null, "constraints", map(), "db_default", NOT_SET,
                "db_constraint", true, "model_name", "models.Tag", "related_name", "books", "forward_key", "tag_id",
                "backward_key", "book_id", "through", "book_tag", "on_delete", "CASCADE", "_generated", false)),
                book.get("m2m_fields"));
        Map<?, ?> tagBooks = (Map<?, ?>) ((List<?>) library().get("models.Tag").get("m2m_fields")).getFirst();
        assertEquals("models.Book", tagBooks.get("model_name"));
        assertEquals("tags", tagBooks.get("related_name"));
        assertEquals("book_id", tagBooks.get("forward_key"));
        assertEquals("tag_id", tagBooks.get("backward_key"));
        assertEquals(true, tagBooks.get("_generated"));
    }

    @Test
    void describesDefaultsEnumsAndOneToOnes() {
        Map<String, Map<String, Object>> naming = ModelDescriber.describe(Registries.build("naming", "dev.tortoise.testmodels.naming.Naming"), PLATFORMS);
        Map<String, Object> settings = naming.get("naming.Settings");
        Map<?, ?> pk = (Map<?, ?>) settings.get("pk_field");
        assertEquals("<function java.util.UUID.randomUUID>", pk.get("default"));
        assertEquals(map("", "CHAR(36)", "postgres", "UUID"), pk.get("db_field_types"));
        Map<String, Map<?, ?>> fields = new LinkedHashMap<>();
        ((List<?>) settings.get("data_fields")).forEach(f -> fields.put((String) ((Map<?, ?>) f).get("name"), (Map<?, ?>) f));
        assertEquals(3, fields.get("retries").get("default"));
        assertEquals("fast", fields.get("mode").get("default"));
        assertEquals(true, fields.get("active").get("default"));
        assertEquals("boolean", fields.get("active").get("java_type"));
        assertEquals(map("", "BOOL", "sqlite", "INT"), fields.get("active").get("db_field_types"));
        assertEquals("GREEN", fields.get("color").get("default"));
        assertEquals(map("max_length", 5), fields.get("color").get("constraints"));
        assertEquals("RED: RED\nGREEN: GREEN\nBLUE: BLUE", fields.get("color").get("description"));
        assertEquals("LOW: 1\nHIGH: 10", fields.get("priority").get("description"));
        assertEquals("IntEnumField", fields.get("priority").get("field_type"));
        assertEquals("Priority", fields.get("priority").get("java_type"));

        Map<String, Object> article = naming.get("naming.Article");
        Map<?, ?> created = (Map<?, ?>) ((List<?>) article.get("data_fields")).getFirst();
        assertEquals(map("readOnly", true), created.get("constraints"));
        assertEquals(true, created.get("auto_now_add"));
        assertEquals(false, created.get("auto_now"));
        assertEquals(map("", "TIMESTAMP", "mysql", "DATETIME(6)", "postgres", "TIMESTAMPTZ"),
                created.get("db_field_types"));

        Map<String, Object> profile = naming.get("naming.Profile");
        assertEquals("person_id", ((Map<?, ?>) profile.get("pk_field")).get("name"));
        Map<?, ?> o2o = (Map<?, ?>) ((List<?>) profile.get("o2o_fields")).getFirst();
        assertEquals("OneToOneField", o2o.get("field_type"));
        assertEquals(true, o2o.get("unique"));
        assertEquals(true, o2o.get("indexed"));
        Map<?, ?> back = (Map<?, ?>) ((List<?>) naming.get("naming.Person").get("backward_o2o_fields")).getFirst();
        assertEquals(map("name", "profile", "field_type", "BackwardOneToOneRelation", "java_type", "naming.Profile",
                "generated", false, "nullable", true, "unique", false, "indexed", false, "default", null,
                "description", null, "docstring", null, "constraints", map(), "db_default", NOT_SET,
                "db_constraint", true), back);
        Map<?, ?> byCode = (Map<?, ?>) ((List<?>) naming.get("naming.TeamAddress").get("fk_fields")).get(2);
        assertEquals("SET NULL", byCode.get("on_delete"));
        assertEquals("byCode_id", byCode.get("raw_field"));
    }

    @Test
    void valuesAreJsonSafe() {
        Map<String, Map<String, Object>> all = ModelDescriber.describe(Registries.build("naming", "dev.tortoise.testmodels.naming.Naming"), PLATFORMS);
        assertJsonSafe(all);
        assertJsonSafe(library());
    }

    private static void assertJsonSafe(Object value) {
        if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                assertTrue(k instanceof String, () -> "key " + k);
                assertJsonSafe(v);
            });
        } else if (value instanceof List<?> l) {
            l.forEach(ModelDescriberTest::assertJsonSafe);
        } else if (value != null && !(value instanceof String) && !(value instanceof Number)
                && !(value instanceof Boolean)) {
            fail("not JSON-safe: " + value.getClass() + " " + value);
        }
    }
}
