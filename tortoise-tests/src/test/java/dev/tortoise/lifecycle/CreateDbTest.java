package dev.tortoise.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tortoise.Tortoise;
import dev.tortoise.TortoiseConfig;
import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.testing.RequiredServers;
import dev.tortoise.testing.TestServer;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** {@code createDb(true)} creates the configured database at init; {@code dropDatabases()} removes it. */
class CreateDbTest {

    @Test
    void postgresDatabaseIsCreatedAtInitAndDroppedAfterwards() {
        RequiredServers.require(TestServer.POSTGRES);
        String name = uniqueName();
        roundTrip(TestServer.POSTGRES.url(name), name,
                "SELECT datname AS name FROM pg_database WHERE datname = ?");
    }

    @Test
    void mysqlDatabaseIsCreatedAtInitAndDroppedAfterwards() {
        RequiredServers.require(TestServer.MYSQL);
        String name = uniqueName();
        roundTrip(TestServer.MYSQL.url(name), name,
                "SELECT schema_name AS name FROM information_schema.schemata WHERE schema_name = ?");
    }

    @Test
    void aBadModuleIsReportedBeforeAnyDatabaseIsCreated() {
        RequiredServers.require(TestServer.POSTGRES);
        String name = uniqueName();
        TortoiseConfig config = TortoiseConfig.builder()
                .connection("default", TestServer.POSTGRES.url(name))
                .app("models", List.of("dev.tortoise.lifecycle.missing"), "default")
                .createDb(true)
                .build();
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> Tortoise.init(config));
        assertTrue(e.getMessage().startsWith("Module \"dev.tortoise.lifecycle.missing\" not found"), e.getMessage());
        assertDatabaseAbsent(TestServer.POSTGRES.url(name), name, "SELECT datname AS name FROM pg_database WHERE datname = ?");
    }

    private static void roundTrip(String url, String name, String lookup) {
        TortoiseConfig config = TortoiseConfig.builder()
                .connection("default", url)
                .app("models", List.of("dev.tortoise.lifecycle.models"), "default")
                .createDb(true)
                .build();
        Tortoise tortoise = Tortoise.init(config);
        tortoise.generateSchemas();
        assertEquals(List.of(), tortoise.connection("default").executeQueryDict("SELECT * FROM " + quote(url, "event")));
        tortoise.dropDatabases();
        assertTrue(tortoise.isClosed());

        assertDatabaseAbsent(url, name, lookup);
    }

    private static void assertDatabaseAbsent(String url, String name, String lookup) {
        try (Tortoise probe = Tortoise.init(url.substring(0, url.lastIndexOf('/') + 1) + "test",
                Map.of("none", List.of("dev.tortoise.lifecycle.other")))) {
            assertEquals(List.of(), probe.connection("default").executeQueryDict(lookup, name), "no database " + name);
        }
    }

    private static String quote(String url, String table) {
        return url.startsWith("mysql") ? "`" + table + "`" : "\"" + table + "\"";
    }

    private static String uniqueName() {
        return "tortoise_createdb_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }
}
