package dev.tortoise.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tortoise.Tortoise;
import dev.tortoise.exceptions.MigrationException;
import dev.tortoise.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Bad input to the migrator is a {@link MigrationException} that names the app and the migration
 * and says what would be right, and changes nothing. SQLite: none of it depends on the database.
 */
class MigrationErrorsTest {

    private static final String SECOND = """
            public final class M0002_more extends Migration {
                @Override
                public List<Operation> operations() {
                    return List.of(Operations.addField("blog.Counter", FieldDef.of("m", FieldKind.INT).nullable()));
                }
            }
            """;

    private static String failure(MigrationWorkspace ws, Supplier<?> call) {
        return assertThrows(MigrationException.class, () -> ws.with(call)).getMessage();
    }

    @Test
    void unknownAppsAndTargets() throws Exception {
        try (TestDatabase db = TestDatabase.sqlite().open(); MigrationWorkspace ws = new MigrationWorkspace()) {
            ws.models("v1", BlogVersions.v1());
            ws.migrations(Map.of("M0001_initial", MigrationRunSuite.CREATE_COUNTER, "M0002_more", SECOND));
            Tortoise t = db.closeAfter(ws.tortoise(db, true));
            Migrator m = t.migrations();
            assertEquals("Unknown app 'shop'; apps with migrations: [blog]", failure(ws, () -> m.migrate("shop", null)));
            assertEquals("App 'blog' has no migration '0009_nope'; its migrations: [0001_initial, 0002_more]",
                    failure(ws, () -> m.migrate("blog", "0009_nope")));
            assertEquals(List.of("blog.0001_initial"), ws.with(() -> m.migrate("blog", "0001_initial")));
            assertEquals("App 'blog': cannot downgrade to 0002_more, which is not applied (it is ahead); use migrate"
                    + " or upgrade to move forward", failure(ws, () -> m.downgrade("blog", "0002_more")));
            assertEquals(List.of("blog.0002_more"), ws.with(m::plan), "the refused downgrade changed nothing");
            assertEquals(List.of("blog.0002_more"), ws.with(m::heads));
            assertEquals(List.of("blog.0002_more"), ws.with(() -> m.migrate("blog", null)));
            assertEquals(List.of("blog.0002_more"), ws.with(() -> m.migrate("blog", "0001_initial")), "backward");
            assertEquals(List.of("blog.0002_more"), ws.with(m::upgrade));
            assertEquals(List.of("blog.0002_more", "blog.0001_initial"), ws.with(() -> m.downgrade("blog", null)));
            assertEquals(List.of(), ws.with(() -> m.history("blog")));
        }
    }

    @Test
    void anAppWithoutMigrationsPackageOrClasses() throws Exception {
        try (TestDatabase db = TestDatabase.sqlite().open(); MigrationWorkspace ws = new MigrationWorkspace()) {
            ws.models("v1", BlogVersions.v1());
            Tortoise none = ws.tortoise(db, (String) null);
            assertEquals("No app has a migrations package: set \"migrations\" in an app's config, for example"
                    + " \"migrations\": \"com.example.app.migrations\"", failure(ws, () -> none.migrations().migrate()));
            assertEquals("App 'blog' has no migrations package: set \"migrations\" in its config, for example"
                    + " \"migrations\": \"com.example.blog.migrations\"", failure(ws, () -> none.migrations().history("blog")));
            none.close();
            ws.models("v1b", BlogVersions.v1());
            Tortoise missing = db.closeAfter(ws.tortoise(db, "mig.not.on.classpath"));
            assertEquals("App 'blog' has no migration classes in package mig.not.on.classpath (or the package is not"
                    + " on the class path): run makemigrations first", failure(ws, () -> missing.migrations().migrate()));
        }
    }

    @Test
    void brokenGraphs() throws Exception {
        try (TestDatabase db = TestDatabase.sqlite().open(); MigrationWorkspace ws = new MigrationWorkspace()) {
            ws.models("v1", BlogVersions.v1());
            ws.migrations(Map.of("M0001_initial", MigrationRunSuite.CREATE_COUNTER, "M0002_more", SECOND,
                    "M0003_lost", """
                    public final class M0003_lost extends Migration {
                        @Override
                        public List<String> dependencies() {
                            return List.of("blog.0002_missing");
                        }

                        @Override
                        public List<Operation> operations() {
                            return List.of();
                        }
                    }
                    """));
            Tortoise t = db.closeAfter(ws.tortoise(db, true));
            assertEquals("Migration blog.0003_lost depends on blog.0002_missing, which does not exist; known migrations:"
                    + " [blog.0001_initial, blog.0002_more, blog.0003_lost]", failure(ws, () -> t.migrations().plan()));
            ws.migrations(Map.of("M0003_lost", """
                    public final class M0003_lost extends Migration {
                        @Override
                        public List<String> dependencies() {
                            return List.of("blog.0001_initial");
                        }

                        @Override
                        public List<Operation> operations() {
                            return List.of();
                        }
                    }
                    """));
            ws.models("v1-again", BlogVersions.v1()); // a new class loader sees the recompiled class
            assertEquals("App 'blog' has 2 leaf migrations ([0002_more, 0003_lost]): each must depend on the one before,"
                    + " so that one is the latest; make the later one list the other in dependencies()",
                    failure(ws, () -> t.migrations().migrate()));
            assertEquals(List.of(), db.client().executeQueryDict(
                    "SELECT name FROM sqlite_master WHERE name = 'counter'"), "nothing ran");
        }
    }
}
