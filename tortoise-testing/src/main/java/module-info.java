/**
 * JUnit 5 support for testing with Tortoise: server requirements as annotations
 * ({@code @RequiresPostgres}, {@code @RequiresMysql}), per-test databases ({@code TestDatabase}),
 * suites run once per backend ({@code @AcrossBackends}, {@code TestBackend}), a check that no test
 * leaves a connection or stream behind ({@code LeakCheck}), a contract suite every
 * {@code DbClient} must pass, a recorder of virtual-thread pinning, and compilation of Java
 * sources at run time ({@code JavaCompilation}).
 *
 * <p>These are the project's own fixtures, for its modules' tests, with no promise to anyone else.
 * Applications test with {@code tortoise-junit} ({@code dev.tortoise.junit}: {@code @TortoiseTest},
 * {@code SqlCapture}), whose {@code SqlCapture} the project's suites use too.
 */
module dev.tortoise.testing {
    requires transitive dev.tortoise;
    requires transitive org.junit.jupiter.api;
    requires transitive org.junit.jupiter.params;
    requires org.junit.platform.commons;
    requires jdk.jfr;
    requires java.compiler;

    exports dev.tortoise.testing;
}
