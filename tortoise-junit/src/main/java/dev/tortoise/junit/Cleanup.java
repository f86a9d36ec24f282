package dev.tortoise.junit;

/** What {@link TortoiseTest} does between the tests that share one database. */
public enum Cleanup {
    /**
     * Each test method runs inside a transaction that is rolled back when it ends, pass or fail
     * (upstream's {@code TestCase}). {@code @BeforeEach} and {@code @AfterEach} methods run outside
     * it: what they write is committed. A call to {@code inTransaction} inside the test becomes a
     * savepoint, so a test that expects a database error (a unique violation) wraps the failing
     * call in {@code tortoise.inTransaction(...)} and goes on (PostgreSQL refuses every statement
     * of a transaction after an error otherwise). Only the test's own thread joins the
     * transaction: work the test hands to other threads commits on its own connections.
     */
    ROLLBACK,
    /** After each test every row of every model is deleted (relations first where foreign keys require it). */
    TRUNCATE,
    /** Nothing: tests of the class see each other's rows (with {@code Scope.METHOD} each test has its own database anyway). */
    NONE
}
