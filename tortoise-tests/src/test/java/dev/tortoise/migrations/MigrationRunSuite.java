package dev.tortoise.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tortoise.Tortoise;
import dev.tortoise.exceptions.MigrationException;
import dev.tortoise.spi.DbClient;
import dev.tortoise.testing.AcrossBackends;
import dev.tortoise.testing.TestBackend;
import dev.tortoise.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

/**
 * How migrations run, on every backend: two runners at once apply each migration once; a failing
 * migration leaves the schema and {@code tortoise_migrations} as they were where DDL is
 * transactional; an irreversible migration refuses to go back before anything runs.
 */
@AcrossBackends
class MigrationRunSuite {

    static final String CREATE_COUNTER = """
            public final class M0001_initial extends Migration {
                @Override
                public List<Operation> operations() {
                    return List.of(Operations.createModel("blog.Counter", "counter", List.of(
                            FieldDef.of("id", FieldKind.INT).generated(),
                            FieldDef.of("n", FieldKind.INT))));
                }
            }
            """;

    @Parameter
    TestBackend backend;

    @BeforeParameterizedClassInvocation
    void skipH2() {
        Assumptions.assumeTrue(backend != TestBackend.H2, "migrations are tested on SQLite, PostgreSQL and MariaDB");
    }

    @Test
    void twoRunnersAtOnceApplyEachMigrationOnce() throws Exception {
        try (TestDatabase db = backend.database().open(); MigrationWorkspace ws = new MigrationWorkspace()) {
            ws.models("a", BlogVersions.v1());
            ws.migrations(Map.of("M0001_initial", CREATE_COUNTER, "M0002_count", """
                    public final class M0002_count extends Migration {
                        @Override
                        public List<Operation> operations() {
                            return List.of(Operations.runJava(client -> {
                                Thread.sleep(300); // both runners are inside migrate() by now
                                client.executeUpdate("INSERT INTO counter (n) VALUES (1)");
                            }, client -> client.executeUpdate("DELETE FROM counter")));
                        }
                    }
                    """));
            ClassLoader first = ws.loader();
            Tortoise a = db.closeAfter(ws.tortoise(db, true));
            ws.models("b", BlogVersions.v1()); // classes of its own for the second instance
            ClassLoader second = ws.loader();
            Tortoise b = db.closeAfter(ws.tortoise(db, true));
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<List<String>> fa = pool.submit(() -> {
                    start.await();
                    return MigrationWorkspace.with(first, () -> a.migrations().migrate());
                });
                Future<List<String>> fb = pool.submit(() -> {
                    start.await();
                    return MigrationWorkspace.with(second, () -> b.migrations().migrate());
                });
                start.countDown();
                List<String> all = new ArrayList<>(fa.get());
                all.addAll(fb.get());
                all.sort(null);
                assertEquals(List.of("blog.0001_initial", "blog.0002_count"), all, "each applied by exactly one runner");
            } finally {
                pool.shutdownNow();
            }
            DbClient client = a.connection("default");
            assertEquals(1, client.executeQueryDict("SELECT n FROM counter").size());
            assertEquals(2, client.executeQueryDict("SELECT name FROM tortoise_migrations").size());
        }
    }

    @Test
    void aFailingMigrationLeavesSchemaAndRecordAsTheyWere() throws Exception {
        try (TestDatabase db = backend.database().open(); MigrationWorkspace ws = new MigrationWorkspace()) {
            ws.models("v1", BlogVersions.v1());
            ws.migrations(Map.of("M0001_initial", CREATE_COUNTER, "M0002_broken", """
                    public final class M0002_broken extends Migration {
                        @Override
                        public List<Operation> operations() {
                            return List.of(
                                    Operations.addField("blog.Counter", FieldDef.of("label", FieldKind.CHAR).maxLength(20).nullable()),
                                    Operations.runSql("INSERT INTO no_such_table VALUES (1)", null));
                        }
                    }
                    """));
            Tortoise t = db.closeAfter(ws.tortoise(db, true));
            Migrator migrator = t.migrations();
            MigrationException e = assertThrows(MigrationException.class, () -> ws.with(migrator::migrate));
            assertTrue(e.getMessage().startsWith("Migration blog.0002_broken failed at operation 2 of 2"
                    + " (Operations.runSql(\"INSERT INTO no_such_table VALUES (1)\", null)): "), e.getMessage());
            DbClient client = t.connection("default");
            assertEquals(List.of(Map.of("name", "0001_initial")),
                    client.executeQueryDict("SELECT name FROM tortoise_migrations"));
            boolean transactional = !backend.equals(TestBackend.MYSQL);
            assertEquals(transactional, e.getMessage().endsWith("; nothing of it was applied"), e.getMessage());
            if (transactional) {
                assertEquals(List.of("id", "n"), Catalog.read(client).get("counter").stream()
                        .filter(f -> f.startsWith("column ")).map(f -> f.split(" ")[1]).toList());
            } else {
                assertTrue(e.getMessage().endsWith("so the statements before it stay applied and the migration"
                        + " is not recorded"), e.getMessage());
            }
        }
    }

    @Test
    void irreversibleMigrationsRefuseToGoBackBeforeAnythingRuns() throws Exception {
        try (TestDatabase db = backend.database().open(); MigrationWorkspace ws = new MigrationWorkspace()) {
            ws.models("v1", BlogVersions.v1());
            ws.migrations(Map.of("M0001_initial", CREATE_COUNTER,
                    "M0002_seed", """
                    public final class M0002_seed extends Migration {
                        @Override
                        public List<Operation> operations() {
                            return List.of(Operations.runSql("INSERT INTO counter (n) VALUES (5)", null));
                        }
                    }
                    """,
                    "M0003_more", """
                    public final class M0003_more extends Migration {
                        @Override
                        public List<Operation> operations() {
                            return List.of(Operations.addField("blog.Counter", FieldDef.of("m", FieldKind.INT).nullable()));
                        }
                    }
                    """));
            Tortoise t = db.closeAfter(ws.tortoise(db, true));
            Migrator migrator = t.migrations();
            assertEquals(List.of("blog.0001_initial", "blog.0002_seed", "blog.0003_more"), ws.with(migrator::migrate));
            MigrationException e = assertThrows(MigrationException.class,
                    () -> ws.with(() -> migrator.downgrade("blog", null)));
            assertEquals("Migration blog.0002_seed cannot be reversed: its operation"
                    + " Operations.runSql(\"INSERT INTO counter (n) VALUES (5)\", null) has no backward step;"
                    + " nothing was unapplied", e.getMessage());
            assertEquals(3, ws.with(() -> migrator.history("blog")).size());
            assertTrue(Catalog.read(t.connection("default")).get("counter").stream().anyMatch(f -> f.startsWith("column m ")));
            // going back only as far as the reversible part works
            assertEquals(List.of("blog.0003_more"), ws.with(() -> migrator.downgrade("blog", "0002_seed")));
            assertEquals(List.of("blog.0003_more"), ws.with(migrator::plan));
        }
    }

    @Test
    void aNonAtomicMigrationKeepsWhatRanBeforeItFailed() throws Exception {
        try (TestDatabase db = backend.database().open(); MigrationWorkspace ws = new MigrationWorkspace()) {
            ws.models("v1", BlogVersions.v1());
            ws.migrations(Map.of("M0001_initial", CREATE_COUNTER, "M0002_batches", """
                    public final class M0002_batches extends Migration {
                        @Override
                        public boolean atomic() {
                            return false;
                        }

                        @Override
                        public List<Operation> operations() {
                            return List.of(
                                    Operations.runSql("INSERT INTO counter (n) VALUES (1)", "DELETE FROM counter"),
                                    Operations.runSql("INSERT INTO no_such_table VALUES (1)", null));
                        }
                    }
                    """));
            Tortoise t = db.closeAfter(ws.tortoise(db, true));
            MigrationException e = assertThrows(MigrationException.class, () -> ws.with(t.migrations()::migrate));
            assertTrue(e.getMessage().startsWith("Migration blog.0002_batches failed at operation 2 of 2"), e.getMessage());
            DbClient client = t.connection("default");
            assertEquals(1, client.executeQueryDict("SELECT n FROM counter").size(), "the first batch stays");
            assertEquals(List.of(Map.of("name", "0001_initial")),
                    client.executeQueryDict("SELECT name FROM tortoise_migrations"));
        }
    }
}
