package dev.tortoise.bench;

/**
 * The run settings every benchmark class declares, in one place. All benchmarks are single-shot
 * (init and schema generation happen once in a process's life, so the first call is what users
 * feel): each iteration is one call on fresh state, warm-up iterations let the JIT and class
 * loading settle, and several forks show the spread between JVMs. The report command overrides
 * the counts with a shorter profile.
 */
public final class BenchDefaults {

    /** JVMs per benchmark and parameter set. */
    public static final int FORKS = 3;
    /** Warm-up iterations (calls) per fork. */
    public static final int WARMUPS = 5;
    /** Measured iterations (calls) per fork. */
    public static final int ITERATIONS = 10;
    /** sqlite-jdbc loads a native library; JDK 24+ warns without this. */
    public static final String NATIVE_ACCESS = "--enable-native-access=ALL-UNNAMED";
    /** Sends Hibernate's logging to SLF4J, which simplelogger.properties keeps at WARN. */
    public static final String JBOSS_LOGGING = "-Dorg.jboss.logging.provider=slf4j";

    private BenchDefaults() {
    }
}
