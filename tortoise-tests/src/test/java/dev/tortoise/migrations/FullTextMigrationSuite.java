package dev.tortoise.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tortoise.Tortoise;
import dev.tortoise.spi.DbClient;
import dev.tortoise.testing.AcrossBackends;
import dev.tortoise.testing.TestBackend;
import dev.tortoise.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * {@code @Index(fullText = true)} through makeMigrations and migrate on the databases that have
 * full-text indexes (PostgreSQL, MySQL/MariaDB): created with the model
 * ({@code .withFullTextIndexes}), added and removed as {@code addIndex/removeIndex(…, true)},
 * undone by a downgrade, and never confused with an ordinary index on the same field.
 */
@AcrossBackends
class FullTextMigrationSuite {
    private static final String HEADER = """
            package mig.blog.models;

            import dev.tortoise.Manager;
            import dev.tortoise.Model;
            import dev.tortoise.fields.*;

            """;
    private static final String FIELDS = """
            public class Note extends Model {
                public static final Manager<Note> objects = Manager.of(Note.class);
                @IntField(pk = true) public Integer id;
                @CharField(maxLength = 100) public String title;
                @TextField(nullable = true) public String body;
            }
            """;

    @Parameter
    TestBackend backend;

    @BeforeParameterizedClassInvocation
    void onlyDatabasesWithFullTextIndexes() {
        Assumptions.assumeTrue(backend == TestBackend.POSTGRES || backend == TestBackend.MYSQL,
                "SQLite and H2 have no full-text index: schema generation refuses one (FullTextSchemaGoldenTest)");
    }

    @AfterParameterizedClassInvocation
    void nothing() {
    }

    private static Map<String, String> note(String annotations) {
        return Map.of("mig/blog/models/Note.java", HEADER + annotations + FIELDS);
    }

    @Test
    void fullTextIndexesAreCreatedAddedRemovedAndUndone() throws Exception {
        try (TestDatabase db = backend.database().open(); MigrationWorkspace ws = new MigrationWorkspace()) {
            ws.models("v1", note("@Index({\"title\"})\n@Index(value = {\"body\"}, fullText = true)\n"));
            Tortoise t1 = db.closeAfter(ws.tortoise(db, true));
            List<Path> first = ws.with(() -> t1.migrations().makeMigrations(ws.sourceRoot()));
            String initial = Files.readString(first.getFirst());
            assertTrue(initial.contains(".withIndexes(List.of(List.of(\"title\")))"), initial);
            assertTrue(initial.contains(".withFullTextIndexes(List.of(List.of(\"body\")))"), initial);
            ws.compileMigrations();
            ws.with(t1.migrations()::migrate);
            DbClient client = t1.connection("default");
            Map<String, String> v1 = indexes(client);
            assertEquals(List.of("fts_note_body_", "idx_note_title_"), prefixes(v1), v1.toString());
            assertFullText(v1, "fts_note_body_", "body");
            t1.close();

            ws.models("v2", note("@Index({\"title\"})\n@Index(value = {\"body\"}, fullText = true)\n"
                    + "@Index(value = {\"title\"}, fullText = true)\n"));
            Tortoise t2 = db.closeAfter(ws.tortoise(db, true));
            List<Path> second = ws.with(() -> t2.migrations().makeMigrations(ws.sourceRoot()));
            String added = Files.readString(second.getFirst());
            assertTrue(added.contains("Operations.addIndex(\"blog.Note\", List.of(\"title\"), true)"), added);
            ws.compileMigrations();
            ws.with(t2.migrations()::migrate);
            assertEquals(List.of(), ws.with(() -> t2.migrations().makeMigrations(ws.sourceRoot())),
                    "the migrations' state holds the full-text index: nothing left to do");
            DbClient c2 = t2.connection("default");
            Map<String, String> v2 = indexes(c2);
            assertEquals(List.of("fts_note_body_", "fts_note_title_", "idx_note_title_"), prefixes(v2), v2.toString());
            assertFullText(v2, "fts_note_title_", "title");
            c2.executeUpdate("INSERT INTO note (id, title) VALUES (1, 'Tortoise garden')");
            assertEquals(1, c2.executeQueryDict(search("title"), "tortoise").size());

            ws.with(() -> t2.migrations().downgrade("blog", "0001_initial"));
            assertEquals(v1, indexes(c2), "the downgrade drops the full-text index, and only it");
            ws.with(t2.migrations()::migrate);
            assertEquals(v2, indexes(c2));
            t2.close();

            ws.models("v3", note("@Index({\"title\"})\n@Index(value = {\"body\"}, fullText = true)\n"));
            Tortoise t3 = db.closeAfter(ws.tortoise(db, true));
            List<Path> third = ws.with(() -> t3.migrations().makeMigrations(ws.sourceRoot()));
            String removed = Files.readString(third.getFirst());
            assertTrue(removed.contains("Operations.removeIndex(\"blog.Note\", List.of(\"title\"), true)"), removed);
            ws.compileMigrations();
            ws.with(t3.migrations()::migrate);
            assertEquals(v1, indexes(t3.connection("default")));
            t3.close();
        }
    }

    /** A search of one column as the search lookup writes it, for raw SQL. */
    private String search(String column) {
        return backend == TestBackend.POSTGRES
                ? "SELECT id FROM note WHERE to_tsvector('simple', " + column + ") @@ plainto_tsquery('simple', ?)"
                : "SELECT id FROM note WHERE MATCH (" + column + ") AGAINST (? IN NATURAL LANGUAGE MODE)";
    }

    /** Index name to its definition (PostgreSQL) or type (MySQL), the primary key left out. */
    private Map<String, String> indexes(DbClient c) {
        Map<String, String> out = new TreeMap<>();
        if (backend == TestBackend.POSTGRES) {
            for (Map<String, Object> row : c.executeQueryDict("SELECT indexname, indexdef FROM pg_indexes WHERE"
                    + " schemaname = current_schema() AND tablename = 'note' AND indexname NOT LIKE '%_pkey'")) {
                out.put((String) row.get("indexname"), (String) row.get("indexdef"));
            }
        } else {
            for (Map<String, Object> row : c.executeQueryDict("SELECT INDEX_NAME AS n, INDEX_TYPE AS ty,"
                    + " GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX) AS cols FROM information_schema.STATISTICS"
                    + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'note' AND INDEX_NAME <> 'PRIMARY'"
                    + " GROUP BY INDEX_NAME, INDEX_TYPE")) {
                out.put((String) row.get("n"), row.get("ty") + " (" + row.get("cols") + ")");
            }
        }
        return out;
    }

    private static List<String> prefixes(Map<String, String> indexes) {
        return indexes.keySet().stream().map(n -> n.substring(0, n.lastIndexOf('_') + 1)).sorted().toList();
    }

    private void assertFullText(Map<String, String> indexes, String prefix, String column) {
        String definition = indexes.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).findFirst()
                .orElseThrow().getValue();
        String expected = backend == TestBackend.POSTGRES
                ? "USING gin (to_tsvector('simple'::regconfig, " + (column.equals("title") ? "(title)::text" : column) + "))"
                : "FULLTEXT (" + column + ")";
        assertTrue(definition.endsWith(expected), definition);
    }
}
