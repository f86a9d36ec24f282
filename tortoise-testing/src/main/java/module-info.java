/**
 * JUnit 5 support for testing with Tortoise: server requirements as annotations
 * ({@code @RequiresPostgres}, {@code @RequiresMysql}), per-test databases ({@code TestDatabase}),
 * a contract suite every {@code DbClient} must pass, and a recorder of virtual-thread pinning.
 */
module dev.tortoise.testing {
    requires transitive dev.tortoise;
    requires transitive org.junit.jupiter.api;
    requires org.junit.platform.commons;
    requires jdk.jfr;

    exports dev.tortoise.testing;
}
