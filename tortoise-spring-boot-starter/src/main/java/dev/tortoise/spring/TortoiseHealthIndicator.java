package dev.tortoise.spring;

import dev.tortoise.Tortoise;
import dev.tortoise.spi.DbClient;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Actuator's view of Tortoise: pings every configured connection ({@link DbClient#ping()}) and
 * reports {@code UP} with each alias and its dialect when all answer, {@code DOWN} with the failing
 * aliases and their errors otherwise (also when the {@code Tortoise} instance is closed). Blocks
 * for as long as the pings take, one connection after the other.
 */
public final class TortoiseHealthIndicator implements HealthIndicator {

    private final Tortoise tortoise;

    /** @param tortoise the instance whose connections are pinged */
    public TortoiseHealthIndicator(Tortoise tortoise) {
        this.tortoise = tortoise;
    }

    @Override
    public Health health() {
        if (tortoise.isClosed()) {
            return Health.down().withDetail("error", "Tortoise is closed").build();
        }
        Health.Builder builder = Health.up();
        for (Map.Entry<String, DbClient> entry : tortoise.connections().entrySet()) {
            DbClient client = entry.getValue();
            try {
                client.ping();
                builder.withDetail(entry.getKey(), Map.of("status", "UP", "dialect", client.dialect()));
            } catch (RuntimeException e) {
                builder.down().withDetail(entry.getKey(), Map.of("status", "DOWN", "dialect", client.dialect(),
                        "error", e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage())));
            }
        }
        return builder.build();
    }
}
