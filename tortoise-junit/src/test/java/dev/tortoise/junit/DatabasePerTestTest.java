package dev.tortoise.junit;

import dev.tortoise.Tortoise;
import dev.tortoise.junit.shop.Shop.Author;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;

/** Scope METHOD without cleanup: every test gets a database of its own, seeded by @BeforeEach. */
@TortoiseTest(apps = "models=dev.tortoise.junit.shop.Shop", scope = Scope.METHOD, cleanup = Cleanup.NONE)
class DatabasePerTestTest {

    private static Tortoise previous;

    @BeforeEach
    void seed(Tortoise tortoise) {
        Author.objects.create(a -> a.name = "Seed");
    }

    @RepeatedTest(2)
    void startsFromAnEmptyDatabase(Tortoise tortoise) {
        assertFalse(tortoise.isClosed());
        if (previous != null) {
            assertNotSame(previous, tortoise);
            assertEquals(true, previous.isClosed(), "the previous test's instance is closed");
        }
        previous = tortoise;
        Author.objects.create(a -> a.name = "Mine");
        assertEquals(2, Author.objects.count());
    }
}
