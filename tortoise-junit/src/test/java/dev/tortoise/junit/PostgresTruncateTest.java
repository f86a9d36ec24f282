package dev.tortoise.junit;

import dev.tortoise.junit.shop.Shop.Author;
import dev.tortoise.junit.shop.Shop.Book;
import dev.tortoise.testing.RequiresPostgres;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Truncate mode on PostgreSQL, where the RESTRICT foreign key makes the order of deletes matter. */
@RequiresPostgres
@TortoiseTest(modules = "dev.tortoise.junit.shop.Shop", db = "postgres://postgres@127.0.0.1:5432/tortoise_junit_{}",
        dbFrom = "TORTOISE_JUNIT_PG_URL", cleanup = Cleanup.TRUNCATE)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostgresTruncateTest {

    @Test
    @Order(1)
    void writes() {
        Author ann = Author.objects.create(a -> a.name = "Ann");
        Book.objects.create(b -> { b.title = "First"; b.author = ann; });
    }

    @Test
    @Order(2)
    void findsNothingLeft() {
        assertEquals(0, Author.objects.count());
        assertEquals(0, Book.objects.count());
    }
}
