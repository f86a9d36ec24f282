package dev.tortoise.orm;

import dev.tortoise.Model;
import dev.tortoise.Router;
import dev.tortoise.Tortoise;
import dev.tortoise.TortoiseConfig;
import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.orm.models.Team;
import dev.tortoise.testing.BackendSuite;
import dev.tortoise.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Routers choose the read and write connections; {@code usingDb} bypasses them. Two databases per backend. */
class RoutingSuite extends BackendSuite {

    /** The second database of the backend, open while its tests run. */
    private TestDatabase replica;

    @BeforeParameterizedClassInvocation
    void createReplica() {
        replica = backend.database();
        replica.open();
    }

    @AfterParameterizedClassInvocation
    void dropReplica() throws Exception {
        replica.close();
    }

    private TestDatabase primary() {
        return database();
    }

    private TestDatabase replica() {
        return replica;
    }

    /** Reads go to the replica. */
    public static final class ReadFromReplica implements Router {
        @Override
        public String dbForRead(Class<? extends Model> model) {
            return "replica";
        }
    }

    /** Answers an alias that does not exist: upstream treats that as no answer. */
    public static final class UnknownAlias implements Router {
        @Override
        public String dbForRead(Class<? extends Model> model) {
            return "nowhere";
        }

        @Override
        public String dbForWrite(Class<? extends Model> model) {
            return "nowhere";
        }
    }

    @Test
    void routersSendReadsToTheReplicaAndUsingDbBypassesThem() {
        TortoiseConfig config = TortoiseConfig.builder()
                .connection("default", primary().url())
                .connection("replica", replica().url())
                .app("models", List.of("dev.tortoise.orm.models"), "default")
                .routers(new UnknownAlias(), new ReadFromReplica())
                .build();
        try (Tortoise t = Tortoise.init(config)) {
            Schemas.create(t);
            Schemas.copy("default", "replica");
            clearTeams();
            Team written = Team.named("Written");
            assertEquals(0, Team.objects.count(), "reads go to the replica");
            assertEquals(1, Team.objects.all().usingDb("default").count());
            String table = replica().platform().sql().quote("team");
            t.connection("replica").executeUpdate("INSERT INTO " + table + " (name) VALUES (?)", "OnReplica");
            assertEquals(List.of("OnReplica"), Team.objects.all().list().stream().map(x -> x.name).toList());
            assertEquals("Written", Team.objects.all().usingDb("default").get().name);
            assertEquals(1, Team.objects.filter("name", "Written").update(Map.of("name", "Updated")), "writes go to default");
            written.refreshFromDb();
            assertEquals("OnReplica", Team.objects.all().usingDb("replica").get().name);
            ConfigurationException unknown = assertThrows(ConfigurationException.class,
                    () -> Team.objects.all().usingDb("nowhere").count());
            assertTrue(unknown.getMessage().contains("nowhere"), unknown.getMessage());
        }
        ConfigurationException closed = assertThrows(ConfigurationException.class, Team.objects::count);
        assertTrue(closed.getMessage().contains("Team"), closed.getMessage());
        assertThrows(ConfigurationException.class, () -> Team.named("After close"));
    }

    /**
     * Read-your-writes: inside a transaction on the connection a model's writes go to, its reads go
     * there too, whatever the router answers; outside, they follow the router again.
     */
    @Test
    void aTransactionReadsItsOwnWritesWhereverTheRouterSendsReads() {
        TortoiseConfig config = TortoiseConfig.builder()
                .connection("default", primary().url())
                .connection("replica", replica().url())
                .app("models", List.of("dev.tortoise.orm.models"), "default")
                .routers(new ReadFromReplica())
                .build();
        try (Tortoise t = Tortoise.init(config)) {
            Schemas.create(t);
            Schemas.copy("default", "replica");
            clearTeams();
            long inside = t.inTransaction("default", () -> {
                Team.named("Mine");
                assertTrue(Team.objects.filter("name", "Mine").exists());
                return Team.objects.count();
            });
            assertEquals(1, inside, "reads inside the transaction saw its write");
            assertEquals(0, Team.objects.count(), "outside, reads go to the replica again");
            assertEquals(0L, (long) t.inTransaction("replica", () -> Team.objects.count()),
                    "a transaction on the read connection keeps the reads there");
            assertEquals(1, Team.objects.all().usingDb("default").count());
        }
    }

    /** Routers named by class in the upstream config dict, as a JSON or YAML file gives them. */
    @Test
    void routersNamedByClassInTheConfigMapRouteAndUsingDbWrites() {
        Map<String, Object> config = new java.util.LinkedHashMap<>();
        config.put("connections", Map.of("default", primary().url(), "replica", replica().url()));
        config.put("apps", Map.of("models", Map.of("models", List.of("dev.tortoise.orm.models"),
                "default_connection", "default")));
        config.put("routers", List.of("dev.tortoise.orm.RoutingSuite$UnknownAlias", "dev.tortoise.orm.RoutingSuite.ReadFromReplica"));
        try (Tortoise t = Tortoise.init(TortoiseConfig.fromMap(config))) {
            Schemas.create(t);
            Schemas.copy("default", "replica");
            clearTeams();
            Team.named("Primary");
            assertEquals(0, Team.objects.count(), "the class-named router sends reads to the replica");
            assertEquals(List.of("Primary"), Team.objects.all().usingDb("default").values("name").stream()
                    .map(r -> r.get("name")).toList());
            // usingDb also picks where writes go.
            Team onReplica = new Team();
            onReplica.name = "Replica-only";
            Team.objects.bulkCreate(List.of(onReplica));
            assertEquals(2, Team.objects.all().usingDb("default").count(), "bulkCreate writes to the write connection");
            String table = replica().platform().sql().quote("team");
            t.connection("replica").executeUpdate("INSERT INTO " + table + " (name) VALUES (?), (?)", "R1", "R2");
            assertEquals(1, Team.objects.all().usingDb("replica").filter("name", "R1").update(Map.of("name", "R1b")));
            assertEquals(1, Team.objects.filter("name", "R1b").count());
            assertTrue(Team.objects.all().usingDb("replica").filter("name", "R2").exists());
            assertEquals(1, Team.objects.all().usingDb("replica").filter("name", "R2").delete());
            assertEquals(List.of(List.of("R1b")), Team.objects.all().usingDb("replica").valuesList("name"));
            assertEquals(2, Team.objects.all().usingDb("default").count(), "the primary kept its rows");
        }
        config.put("routers", List.of("dev.tortoise.orm.NoSuchRouter"));
        ConfigurationException missing = assertThrows(ConfigurationException.class,
                () -> Tortoise.init(TortoiseConfig.fromMap(config)));
        assertTrue(missing.getMessage().startsWith("Can't import router from `dev.tortoise.orm.NoSuchRouter`"),
                missing.getMessage());
    }

    /** Both databases live for the whole class: each test starts without teams on either. */
    private static void clearTeams() {
        Team.objects.all().usingDb("default").delete();
        Team.objects.all().usingDb("replica").delete();
    }
}
