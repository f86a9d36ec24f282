package dev.tortoise.reliability;

import dev.tortoise.ConnectionConfig;
import dev.tortoise.DbUrl;
import dev.tortoise.TortoiseConfig;
import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.spi.BackendProvider;
import dev.tortoise.spi.DbClient;
import dev.tortoise.spi.MessageText;
import dev.tortoise.spi.PlatformConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Hostile configurations, generated from one seed: {@value #URLS} DB URLs, {@value #MAPS} config
 * maps and {@value #FILES} config files per run, each taken as far as configuration goes without
 * a connection (parsed, built, printed, and handed to its backend to read its settings and make a
 * client that is closed unopened). For every input:
 * <ul>
 *   <li>the only exception that escapes is a {@link ConfigurationException};</li>
 *   <li>nothing takes more than {@value #SLOWEST_MILLIS} ms;</li>
 *   <li>the planted password ({@link Planted}) appears in no message, {@code toString()}, stack
 *       trace (with causes) or log line, logging at TRACE.</li>
 * </ul>
 * The seed is fixed under {@code CI=true} ({@value #CI_SEED}), random otherwise, and can be set
 * with {@code -Dtortoise.fuzz.seed=N}; every failure names it, with the input's number, so a
 * failure is replayed by running again with that seed. Runs in a JVM of its own (a surefire
 * execution of this module) with the TRACE log written to a file this test reads back.
 */
class ConfigFuzzTest {

    static final int URLS = 10_000;
    static final int MAPS = 2_000;
    static final int FILES = 300;
    static final long SLOWEST_MILLIS = 2_000;
    static final long CI_SEED = 20_261_203L;

    /** Where the surefire execution points slf4j-simple ({@code org.slf4j.simpleLogger.logFile}). */
    static final String LOG_FILE_PROPERTY = "org.slf4j.simpleLogger.logFile";

    static {
        // Run alone (-Dtest=ConfigFuzzTest), the class configures slf4j-simple itself, before any logger exists.
        if (System.getProperty(LOG_FILE_PROPERTY) == null) {
            System.setProperty(LOG_FILE_PROPERTY, "target/config-fuzz-trace.log");
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "trace");
        }
    }

    private static long seed;
    private static List<BackendProvider> providers;

    @BeforeAll
    static void setUp() {
        String given = System.getProperty("tortoise.fuzz.seed");
        seed = given != null ? Long.parseLong(given)
                : "true".equals(System.getenv("CI")) ? CI_SEED : System.nanoTime();
        System.out.println("ConfigFuzzTest seed " + seed + " (replay with -Dtortoise.fuzz.seed=" + seed + ")");
        providers = ServiceLoader.load(BackendProvider.class).stream().map(ServiceLoader.Provider::get).toList();
        assertTrue(LoggerFactory.getLogger("dev.tortoise").isTraceEnabled(),
                "TRACE logging must be on: run this class through its surefire execution (mvn verify -pl tortoise-tests)");
    }

    @AfterAll
    static void noPasswordInTheLog() throws IOException {
        // every password planted by every test of this class, regenerated from the seed
        String logFile = System.getProperty(LOG_FILE_PROPERTY);
        assertTrue(logFile != null && Files.exists(Path.of(logFile)), "no TRACE log file at " + logFile);
        String log = Files.readString(Path.of(logFile), StandardCharsets.UTF_8);
        assertTrue(log.contains("Built TortoiseConfig"), "the TRACE log holds no built configuration: " + logFile);
        HostileConfigs urls = new HostileConfigs(seed);
        for (int i = 0; i < URLS; i++) {
            expectNoLeak(urls.url().planted(), log, "URL", i);
        }
        HostileConfigs maps = new HostileConfigs(seed + 1);
        for (int i = 0; i < MAPS; i++) {
            expectNoLeak(maps.configMap().planted(), log, "map", i);
        }
        HostileConfigs files = new HostileConfigs(seed + 2);
        for (int i = 0; i < FILES; i++) {
            expectNoLeak(files.configFile().planted(), log, "file", i);
        }
    }

    private static void expectNoLeak(Planted planted, String log, String kind, int index) {
        if (planted != null && planted.leakIn(log) != null) {
            fail("seed " + seed + ", " + kind + " #" + index + ": its planted password shows in the TRACE log ("
                    + planted.leakIn(log) + ")");
        }
    }

    @Test
    void urls() {
        HostileConfigs inputs = new HostileConfigs(seed);
        for (int i = 0; i < URLS; i++) {
            HostileConfigs.Input<String> url = inputs.url();
            check("URL", i, url.value(), url.planted(), () -> {
                ConnectionConfig config = DbUrl.expand(url.value());
                TortoiseConfig built = TortoiseConfig.builder().connection("default", config)
                        .app("models", List.of("com.example.models")).build();
                return List.of(config, built);
            });
        }
    }

    @Test
    void configMaps() {
        HostileConfigs inputs = new HostileConfigs(seed + 1);
        for (int i = 0; i < MAPS; i++) {
            HostileConfigs.Input<Map<String, Object>> map = inputs.configMap();
            check("map", i, map.value(), map.planted(), () -> List.of(TortoiseConfig.fromMap(map.value())));
        }
    }

    @Test
    void configFiles(@TempDir Path folder) throws IOException {
        HostileConfigs inputs = new HostileConfigs(seed + 2);
        for (int i = 0; i < FILES; i++) {
            HostileConfigs.Input<HostileConfigs.FileText> file = inputs.configFile();
            Path path = folder.resolve("config-" + i + file.value().extension());
            // a lone surrogate has no UTF-8 form: it is written as '?', as an editor would
            Files.write(path, file.value().text().getBytes(StandardCharsets.UTF_8));
            check("file", i, file.value().text(), file.planted(), () -> List.of(TortoiseConfig.fromFile(path)));
        }
    }

    /**
     * Runs one input: what it builds is printed and handed to its backend; a failure must be a
     * ConfigurationException; nothing may show the planted password or take too long.
     */
    private static void check(String kind, int index, Object input, Planted planted, Supplier<List<Object>> run) {
        String where = "seed " + seed + ", " + kind + " #" + index;
        long start = System.nanoTime();
        Throwable failure = null;
        StringBuilder shown = new StringBuilder();
        try {
            for (Object built : run.get()) {
                shown.append(built).append('\n');
                if (built instanceof ConnectionConfig config) {
                    shown.append(config.credentials()).append('\n');
                    openUnconnected("default", config);
                }
                if (built instanceof TortoiseConfig config) {
                    for (Map.Entry<String, ConnectionConfig> connection : config.connections().entrySet()) {
                        shown.append(connection.getValue().credentials()).append('\n');
                        openUnconnected(connection.getKey(), connection.getValue());
                    }
                }
            }
        } catch (Throwable e) {
            failure = e;
            shown.append(Planted.everything(e));
        }
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        String replay = where + " (input " + MessageText.describe(input) + ")";
        if (failure != null && !(failure instanceof ConfigurationException)) {
            fail(replay + ": " + failure.getClass().getName() + " escaped instead of a ConfigurationException:\n"
                    + Planted.everything(failure));
        }
        if (planted != null && planted.leakIn(shown) != null) {
            fail(replay + ": the planted password (token " + planted.leakIn(shown) + ") shows in:\n" + shown);
        }
        assertTrue(millis <= SLOWEST_MILLIS, replay + " took " + millis + " ms");
    }

    /** The backend reads its settings and makes its platform and a client, which is closed without connecting. */
    private static void openUnconnected(String alias, ConnectionConfig config) {
        for (BackendProvider provider : providers) {
            if (provider.engine().equals(config.engine())) {
                provider.platform(new PlatformConfig(alias, config.credentials(), false, ZoneOffset.UTC));
                DbClient client = provider.createClient(alias, config.credentials());
                client.close();
            }
        }
    }

}
