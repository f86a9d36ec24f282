package dev.tortoise.junit;

import dev.tortoise.Tortoise;
import dev.tortoise.junit.shop.Shop.Author;
import dev.tortoise.junit.shop.Shop.Book;
import dev.tortoise.testing.RequiresPostgres;
import dev.tortoise.testing.TestServer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The extension on PostgreSQL: a uniquely named database created for the class and dropped after
 * it, tests rolled back. TORTOISE_JUNIT_PG_URL points it at another server.
 */
@RequiresPostgres
@TortoiseTest(modules = "dev.tortoise.junit.shop.Shop", db = "postgres://postgres@127.0.0.1:5432/tortoise_junit",
        dbFrom = "TORTOISE_JUNIT_PG_URL")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostgresTortoiseTest {

    @Test
    @Order(1)
    void runsOnAFreshUniquelyNamedDatabase(Tortoise tortoise) {
        Object name = tortoise.connection("default").executeQueryDict("SELECT current_database() AS db").get(0).get("db");
        assertTrue(name.toString().matches("tortoise_junit_t\\d+_[0-9a-f]{8}"), name.toString());
        Author ann = Author.objects.create(a -> a.name = "Ann");
        Book.objects.create(b -> { b.title = "First"; b.author = ann; });
        assertEquals(1, Book.objects.filter("author", ann).count());
    }

    @Test
    @Order(2)
    void theFirstTestsRowsWereRolledBack() {
        assertEquals(0, Author.objects.count());
        assertEquals(0, Book.objects.count());
    }

    @Test
    @Order(3)
    void aDatabaseIsDroppedWhenClosed(Tortoise tortoise) {
        // models belong to one open instance at a time: the second database holds other models
        TortoiseTest settings = OtherModels.class.getAnnotation(TortoiseTest.class);
        String name;
        try (TortoiseExtension.Database database = TortoiseExtension.Database.open(settings)) {
            name = database.tortoise().connection("default")
                    .executeQueryDict("SELECT current_database() AS db").get(0).get("db").toString();
            assertEquals(List.of(Map.of("n", 1L)), tortoise.connection("default")
                    .executeQueryDict("SELECT count(*) AS n FROM pg_database WHERE datname = ?", name));
        }
        assertEquals(List.of(Map.of("n", 0L)), tortoise.connection("default")
                .executeQueryDict("SELECT count(*) AS n FROM pg_database WHERE datname = ?", name));
        assertTrue(TestServer.POSTGRES.isReachable());
    }

    @TortoiseTest(modules = "dev.tortoise.junit.shop.Notes", db = "postgres://postgres@127.0.0.1:5432/tortoise_junit",
            dbFrom = "TORTOISE_JUNIT_PG_URL")
    private static final class OtherModels {
    }
}
