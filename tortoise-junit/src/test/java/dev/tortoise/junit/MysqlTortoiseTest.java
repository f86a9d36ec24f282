package dev.tortoise.junit;

import dev.tortoise.Tortoise;
import dev.tortoise.junit.shop.Shop.Author;
import dev.tortoise.junit.shop.Shop.Book;
import dev.tortoise.testing.RequiresMysql;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The extension on MariaDB/MySQL: a uniquely named database for the class, tests rolled back. */
@RequiresMysql
@TortoiseTest(modules = "dev.tortoise.junit.shop.Shop", db = "mysql://root:@127.0.0.1:3306/tortoise_junit_{}",
        dbFrom = "TORTOISE_JUNIT_MYSQL_URL")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MysqlTortoiseTest {

    @Test
    @Order(1)
    void runsOnAFreshUniquelyNamedDatabase(Tortoise tortoise) {
        Object name = tortoise.connection("default").executeQueryDict("SELECT DATABASE() AS db").get(0).get("db");
        assertTrue(name.toString().matches("tortoise_junit_t\\d+_[0-9a-f]{8}"), name.toString());
        Author ann = Author.objects.create(a -> a.name = "Ann");
        Book.objects.create(b -> { b.title = "First"; b.author = ann; });
        assertEquals(1, Book.objects.count());
    }

    @Test
    @Order(2)
    void theFirstTestsRowsWereRolledBack() {
        assertEquals(0, Author.objects.count());
        assertEquals(0, Book.objects.count());
    }
}
