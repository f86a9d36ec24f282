package dev.tortoise.spi.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zaxxer.hikari.HikariConfig;
import dev.tortoise.spi.ErrorClassifier;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A pool that stays busy says who may hold its connections, open streams included, and what to change. */
class PoolBusyMessageTest {

    @Test
    void theTimeoutMessageNamesStreamsAndThePoolSizeKey() {
        PooledConnectionSource source = new PooledConnectionSource("default", HikariConfig::new, 5,
                Duration.ofSeconds(30), new SqlErrorTranslator("default", "db", ErrorClassifier.NONE, List.of()),
                DriverWarmUp.Warmer.NONE);
        assertEquals("No connection of 'default' became free within 30000 ms (pool of 5): transactions, open"
                + " stream()s or other callers hold them. A stream() holds its connection until it is closed or"
                + " read to the end: open it in try-with-resources. Otherwise shorten the transactions or raise"
                + " the pool size (URL ?maxsize=10)", source.busyMessage(30_000));
        source.close();
    }
}
