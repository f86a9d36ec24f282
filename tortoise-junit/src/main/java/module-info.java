/**
 * JUnit 5 support for applications that use Tortoise: {@code @TortoiseTest} and {@code SqlCapture}.
 * See the package {@code dev.tortoise.junit}.
 */
module dev.tortoise.junit {
    requires transitive dev.tortoise;
    requires transitive org.junit.jupiter.api;
    requires org.junit.platform.commons;

    exports dev.tortoise.junit;
}
