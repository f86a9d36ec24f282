package dev.tortoise.orm;

import dev.tortoise.Model;
import dev.tortoise.Router;
import dev.tortoise.Tortoise;
import dev.tortoise.TortoiseConfig;
import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.orm.models.Team;
import dev.tortoise.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Routers choose the read and write connections; {@code usingDb} bypasses them. Two databases per backend. */
abstract class RoutingSuite {

    protected abstract TestDatabase primary();

    protected abstract TestDatabase replica();

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
            Team written = Team.named("Written");
            assertEquals(0, Team.objects.count(), "reads go to the replica");
            assertEquals(1, Team.objects.all().usingDb("default").count());
            String table = t.connection("replica").dialect().equals("mysql") ? "`team`" : "\"team\"";
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
}
