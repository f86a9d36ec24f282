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
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * The migration loop a team runs, on every backend: models at v1, {@code makeMigrations}, compile,
 * {@code migrate}; change the models (a rename, a removal, an addition, a type change, a new model
 * with a foreign key and a many-to-many, a unique pair), again, plus a hand-written data migration;
 * v3 likewise. Rows written at v1 survive to v3, the catalog then equals what
 * {@code generateSchemas} makes for v3 on an empty database, and {@code downgrade} back to v1
 * restores v1's catalog.
 */
@AcrossBackends
class MigrationEvolutionSuite {

    @Parameter
    TestBackend backend;

    @BeforeParameterizedClassInvocation
    void skipH2() {
        org.junit.jupiter.api.Assumptions.assumeTrue(backend != TestBackend.H2,
                "H2 has no spelling yet for dropping constraints that it named itself (H2AlterDialect)");
    }

    @AfterParameterizedClassInvocation
    void nothing() {
    }

    @Test
    void v1ToV2ToV3AndBackAgain() throws Exception {
        try (TestDatabase db = backend.database().open(); MigrationWorkspace ws = new MigrationWorkspace()) {
            // v1
            ws.models("v1", BlogVersions.v1());
            Tortoise t1 = db.closeAfter(ws.tortoise(db, true));
            Migrator m1 = t1.migrations();
            List<Path> first = ws.with(() -> m1.makeMigrations(ws.sourceRoot()));
            assertEquals(List.of("M0001_initial.java"), names(first));
            ws.compileMigrations();
            assertEquals(List.of("blog.0001_initial"), ws.with(m1::plan));
            assertEquals(List.of("blog.0001_initial"), ws.with(m1::migrate));
            assertEquals(List.of(), ws.with(m1::plan));
            assertEquals(List.of(), ws.with(() -> m1.makeMigrations(ws.sourceRoot())), "no change, no file");
            DbClient client = t1.connection("default");
            client.executeUpdate("INSERT INTO author (id, name) VALUES (1, 'Ann')");
            client.executeUpdate("INSERT INTO post (id, title, body, views, author_id) VALUES (1, 'Hello', 'b', 7, 1)");
            client.executeUpdate("INSERT INTO post (id, title, body, views, author_id) VALUES (2, 'World', NULL, 9, 1)");
            Map<String, List<String>> v1Catalog = Catalog.read(client);
            t1.close();

            // v2: a confirmed rename, the rest detected; then a data migration by hand
            ws.models("v2", BlogVersions.v2());
            Tortoise t2 = db.closeAfter(ws.tortoise(db, true));
            Migrator m2 = t2.migrations();
            List<Path> second = ws.with(() -> m2.makeMigrations(ws.sourceRoot(),
                    List.of(Rename.field("blog.Post", "title", "headline"))));
            assertEquals(1, second.size());
            String source = Files.readString(second.get(0));
            assertTrue(source.contains("Operations.renameField(\"blog.Post\", \"title\", \"headline\")"), source);
            assertTrue(source.contains("List.of(\"blog.0001_initial\")"), source);
            Path empty = ws.with(() -> m2.makeEmptyMigration(ws.sourceRoot(), "blog", "fill_summaries"));
            String emptyClass = empty.getFileName().toString().replace(".java", "");
            String secondName = second.get(0).getFileName().toString().replace(".java", "").substring(1);
            ws.writeMigration(emptyClass, BlogVersions.fillSummaries(emptyClass, "blog." + secondName));
            ws.compileMigrations();
            List<String> applied2 = ws.with(m2::migrate);
            assertEquals(List.of("blog." + secondName, "blog." + emptyClass.substring(1)), applied2);
            DbClient c2 = t2.connection("default");
            assertEquals(List.of(Map.of("headline", "Hello", "summary", "About Hello"),
                            Map.of("headline", "World", "summary", "About World")),
                    c2.executeQueryDict("SELECT headline, summary FROM post ORDER BY id"));
            c2.executeUpdate("INSERT INTO tag (id, name) VALUES (1, 'java')");
            c2.executeUpdate("INSERT INTO post_tag (post_id, tag_id) VALUES (1, 1)");
            t2.close();

            // v3
            ws.models("v3", BlogVersions.v3());
            Tortoise t3 = db.closeAfter(ws.tortoise(db, true));
            Migrator m3 = t3.migrations();
            List<Path> third = ws.with(() -> m3.makeMigrations(ws.sourceRoot()));
            assertEquals(1, third.size());
            ws.compileMigrations();
            String thirdName = "blog." + third.get(0).getFileName().toString().replace(".java", "").substring(1);
            assertEquals(List.of(thirdName), ws.with(m3::plan));
            assertEquals(List.of(thirdName), ws.with(m3::migrate));
            DbClient c3 = t3.connection("default");
            assertEquals(List.of(Map.of("headline", "Hello", "summary", "About Hello", "status", "draft"),
                            Map.of("headline", "World", "summary", "About World", "status", "draft")),
                    c3.executeQueryDict("SELECT headline, summary, status FROM post ORDER BY id"));
            assertEquals(1, c3.executeQueryDict("SELECT * FROM post_tag").size());
            assertEquals(List.of(thirdName), ws.with(m3::heads));
            assertEquals(List.of("0001_initial", secondName, emptyClass.substring(1), thirdName.substring(5)),
                    ws.with(() -> m3.history("blog")).stream().map(AppliedMigration::name).toList());
            assertTrue(ws.with(() -> m3.sqlMigrate("blog", "0001_initial", false)).contains("CREATE TABLE"));
            Map<String, List<String>> v3Catalog = Catalog.read(c3);
            assertEquals(generated(ws, "v3", BlogVersions.v3()), v3Catalog,
                    "v3 reached by migrations differs from v3 generated");
            assertEquals(generated(ws, "v1", BlogVersions.v1()), v1Catalog,
                    "v1 reached by migrations differs from v1 generated");
            ws.models("v3", BlogVersions.v3());

            // back to v1: the catalog is v1's again and v1's rows are there
            List<String> undone = ws.with(() -> m3.downgrade("blog", "0001_initial"));
            assertEquals(List.of(thirdName, "blog." + emptyClass.substring(1), "blog." + secondName), undone);
            assertEquals(v1Catalog, Catalog.read(c3));
            assertEquals(List.of(Map.of("title", "Hello"), Map.of("title", "World")),
                    c3.executeQueryDict("SELECT title FROM post ORDER BY id"));
            // and forward again
            assertEquals(3, ws.with(m3::migrate).size());
            assertEquals(v3Catalog, Catalog.read(c3));
            t3.close();

            // v4: a confirmed model rename, a model and a many-to-many dropped, a foreign key changed
            ws.models("v4", BlogVersions.v4());
            Tortoise t4 = db.closeAfter(ws.tortoise(db, true));
            Migrator m4 = t4.migrations();
            List<Path> fourth = ws.with(() -> m4.makeMigrations(ws.sourceRoot(), "writers",
                    List.of(Rename.model("blog.Author", "blog.Writer"))));
            String source4 = Files.readString(fourth.get(0));
            assertTrue(source4.contains("Operations.renameModel(\"blog.Author\", \"blog.Writer\", \"writer\")"), source4);
            assertTrue(source4.contains("Operations.deleteManyToMany(\"post_tag\")"), source4);
            assertTrue(source4.contains("Operations.deleteModel(\"blog.Tag\")"), source4);
            ws.compileMigrations();
            assertEquals(List.of("blog.0004_writers"), ws.with(m4::migrate));
            DbClient c4 = t4.connection("default");
            assertEquals(List.of(Map.of("name", "Ann")), c4.executeQueryDict("SELECT name FROM writer"));
            assertEquals(List.of(Map.of("author_id", 1), Map.of("author_id", 1)),
                    c4.executeQueryDict("SELECT author_id FROM post ORDER BY id"));
            assertEquals(generated(ws, "v4", BlogVersions.v4()), Catalog.read(c4),
                    "v4 reached by migrations differs from v4 generated");
            ws.models("v4", BlogVersions.v4());
            assertEquals(List.of("blog.0004_writers"), ws.with(() -> m4.downgrade("blog", thirdName.substring(5))));
            assertEquals(v3Catalog, Catalog.read(c4));
        }
    }

    /** The catalog that generateSchemas makes for a models version on an empty database. */
    private Map<String, List<String>> generated(MigrationWorkspace ws, String version, Map<String, String> models)
            throws Exception {
        ws.models(version + "-fresh", models); // classes of their own: the migrated instance still holds its own
        try (TestDatabase fresh = backend.database().open()) {
            Tortoise t = fresh.closeAfter(ws.tortoise(fresh, false));
            ws.with((Supplier<Void>) () -> {
                t.generateSchemas(false);
                return null;
            });
            return Catalog.read(t.connection("default"));
        }
    }

    private static List<String> names(List<Path> files) {
        return files.stream().map(p -> p.getFileName().toString()).toList();
    }
}
