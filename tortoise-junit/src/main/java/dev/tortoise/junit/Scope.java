package dev.tortoise.junit;

/** How long one database of {@link TortoiseTest} lives. */
public enum Scope {
    /** One database for the test class: created before its {@code @BeforeAll} methods, dropped after its {@code @AfterAll} methods. */
    CLASS,
    /** One database for each test: created before its {@code @BeforeEach} methods, dropped after its {@code @AfterEach} methods. */
    METHOD
}
