package dev.tortoise.metrics;

import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import dev.tortoise.StatementEvent;
import dev.tortoise.StatementListener;
import dev.tortoise.Tortoise;
import dev.tortoise.spi.DbClient;
import dev.tortoise.spi.jdbc.JdbcClient;
import dev.tortoise.spi.jdbc.PooledConnectionSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tortoise's meters in a Micrometer registry, for applications that have Micrometer (it is an
 * optional dependency of Tortoise: this class is the only one that needs it).
 *
 * <ul>
 *   <li>{@link #statements(MeterRegistry)}: a timer {@code tortoise.statements} per connection,
 *       kind ({@code query}, {@code stream}, {@code insert}, {@code update}, {@code batch},
 *       {@code script}) and outcome ({@code success}, {@code error}), fed by a
 *       {@link StatementListener} registered on the configuration.</li>
 *   <li>{@link #bindPools(Tortoise, MeterRegistry)}: HikariCP's own Micrometer meters
 *       ({@code hikaricp.connections.active}, {@code .idle}, {@code .pending}, {@code .max},
 *       {@code .acquire} …, tagged {@code pool=tortoise-<alias>}) for every connection whose pool
 *       Tortoise made.</li>
 * </ul>
 *
 * <pre>{@code
 * TortoiseConfig config = TortoiseConfig.builder()
 *         .connection("default", "postgres://app@db/app")
 *         .app("models", List.of("com.example.models"))
 *         .statementListener(MicrometerMetrics.statements(registry))
 *         .build();
 * try (Tortoise t = Tortoise.init(config)) {
 *     MicrometerMetrics.bindPools(t, registry);
 * }
 * }</pre>
 */
public final class MicrometerMetrics {

    /** The name of the statement timer. */
    public static final String STATEMENTS = "tortoise.statements";

    private MicrometerMetrics() {
    }

    /** A listener that times every statement into {@code registry}. */
    public static StatementListener statements(MeterRegistry registry) {
        Map<String, Timer> timers = new ConcurrentHashMap<>();
        return new StatementListener() {
            @Override
            public void after(StatementEvent event) {
                String outcome = event.failed() ? "error" : "success";
                timers.computeIfAbsent(event.connection() + '|' + event.kind() + '|' + outcome,
                        key -> Timer.builder(STATEMENTS)
                                .description("Statements Tortoise sent, by connection, kind and outcome")
                                .tag("connection", event.connection())
                                .tag("kind", event.kind().name().toLowerCase(Locale.ROOT))
                                .tag("outcome", outcome)
                                .register(registry))
                        .record(event.duration());
            }

            @Override
            public String toString() {
                return "MicrometerMetrics.statements(" + registry.getClass().getSimpleName() + ")";
            }
        };
    }

    /**
     * Registers HikariCP's meters for each connection of {@code tortoise} whose pool Tortoise made;
     * a connection on the application's own {@code DataSource} is measured where that pool was made.
     *
     * @return the aliases whose pools are now measured
     */
    public static List<String> bindPools(Tortoise tortoise, MeterRegistry registry) {
        List<String> bound = new ArrayList<>();
        MicrometerMetricsTrackerFactory factory = new MicrometerMetricsTrackerFactory(registry);
        tortoise.connections().forEach((alias, client) -> {
            if (pool(client) instanceof PooledConnectionSource pool) {
                pool.metricsTrackerFactory(factory);
                bound.add(alias);
            }
        });
        return bound;
    }

    private static Object pool(DbClient client) {
        return client instanceof JdbcClient jdbc ? jdbc.connectionSource() : null;
    }
}
