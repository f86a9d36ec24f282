package dev.tortoise.junit;

import dev.tortoise.Tortoise;
import dev.tortoise.exceptions.IntegrityException;
import dev.tortoise.junit.shop.Shop.Author;
import dev.tortoise.junit.shop.Shop.Book;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The default mode on SQLite in memory: one database for the class, each test rolled back. */
@TortoiseTest(modules = "dev.tortoise.junit.shop.Shop")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RollbackPerTestTest {

    private static Tortoise shared;

    @BeforeAll
    static void seed(Tortoise tortoise) {
        shared = tortoise;
        Author.objects.create(a -> a.name = "Committed in @BeforeAll");
    }

    @Test
    @Order(1)
    void writesInsideTheTestAreSeenByTheTest(Tortoise tortoise) {
        assertSame(shared, tortoise, "one database for the class");
        Author ann = Author.objects.create(a -> a.name = "Ann");
        Book.objects.create(b -> { b.title = "First"; b.author = ann; });
        assertEquals(2, Author.objects.count());
        assertEquals(1, Book.objects.filter("author__name", "Ann").count());
    }

    @Test
    @Order(2)
    void andAreGoneInTheNextTest() {
        assertEquals(0, Book.objects.count());
        assertEquals(1, Author.objects.count(), "what @BeforeAll wrote stays");
    }

    @Test
    @Order(3)
    void anExpectedDatabaseErrorInsideASavepointLeavesTheTestGoing(Tortoise tortoise) {
        Author bob = Author.objects.create(a -> a.name = "Bob");
        Book.objects.create(b -> { b.title = "Twice"; b.author = bob; });
        assertThrows(IntegrityException.class, () -> tortoise.inTransaction(
                () -> Book.objects.create(b -> { b.title = "Twice"; b.author = bob; })));
        assertEquals(1, Book.objects.filter("title", "Twice").count());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Cy", "Di"})
    @Order(4)
    void parameterizedTestsAreRolledBackToo(String name) {
        Author.objects.create(a -> a.name = name);
        assertEquals(2, Author.objects.count());
    }

    @Test
    @Order(5)
    void sqlCaptureCountsTheQueriesOfTheTest(SqlCapture sql) {
        Author.objects.all().list();
        Author.objects.count();
        assertEquals(2, sql.count(), sql.toString());
    }
}
