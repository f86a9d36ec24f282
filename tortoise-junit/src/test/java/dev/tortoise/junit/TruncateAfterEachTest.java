package dev.tortoise.junit;

import dev.tortoise.junit.shop.Shop.Author;
import dev.tortoise.junit.shop.Shop.Book;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Truncate mode: rows are committed during a test and deleted after it, books before the authors they hold. */
@TortoiseTest(modules = "dev.tortoise.junit.shop.Shop", cleanup = Cleanup.TRUNCATE)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TruncateAfterEachTest {

    @Test
    @Order(1)
    void writes() {
        Author ann = Author.objects.create(a -> a.name = "Ann");
        Book.objects.create(b -> { b.title = "First"; b.author = ann; });
        assertEquals(1, Book.objects.count());
    }

    @Test
    @Order(2)
    void findsNothingLeft() {
        assertEquals(0, Book.objects.count());
        assertEquals(0, Author.objects.count());
    }
}
