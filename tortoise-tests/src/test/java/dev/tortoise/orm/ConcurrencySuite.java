package dev.tortoise.orm;

import dev.tortoise.Tortoise;
import dev.tortoise.TortoiseConfig;
import dev.tortoise.orm.models.Event;
import dev.tortoise.orm.models.Team;
import dev.tortoise.orm.models.Tournament;
import dev.tortoise.testing.BackendSuite;
import dev.tortoise.testing.PinningRecorder;
import dev.tortoise.testing.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Thousands of virtual threads using models at once through a pool of at most {@link #POOL}
 * connections (credential {@code maxsize}; SQLite has its one connection): no deadlock, no lost
 * or doubled write, and no virtual thread pinning its carrier.
 */
class ConcurrencySuite extends BackendSuite {
    static final int POOL = 4;
    static final int TASKS = 2000;
    static final int WARM_UP = 40;

    /** A backend with a pool gets {@code maxsize} = {@link #POOL}; SQLite has its one connection. */
    @Override
    protected TestDatabase configure(TestDatabase database) {
        boolean pooled = database.provider().credentialKeys().stream().anyMatch(key -> key.name().equals("maxsize"));
        return pooled ? database.with("maxsize", POOL) : database;
    }

    /**
     * The connections the database has open to the test database, or -1 where it cannot tell
     * (SQLite): each database counts its sessions in its own catalog.
     */
    private long serverConnections(Tortoise tortoise) {
        return switch (backend) {
            case POSTGRES -> single(tortoise, "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()");
            case MYSQL -> single(tortoise, "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = DATABASE()");
            case H2 -> single(tortoise, "SELECT COUNT(*) FROM information_schema.sessions");
            case SQLITE -> -1;
        };
    }

    private static final class Boom extends RuntimeException {
        Boom() {
            super("undone");
        }
    }

    @Test
    void twoThousandVirtualThreadsCreateAndReadModelsThroughASmallPool() throws Exception {
        TortoiseConfig config = TortoiseConfig.builder()
                .connection("default", database().engine(), database().credentials())
                .app("models", List.of("dev.tortoise.orm.models"), "default")
                .build();
        try (Tortoise tortoise = Tortoise.init(config)) {
            Schemas.create(tortoise);
            Tournament cup = Tournament.named("Cup");
            VirtualThreadWarmUp.socketPoller();
            run(tortoise, cup, 0, WARM_UP);
            try (PinningRecorder pins = PinningRecorder.start()) {
                run(tortoise, cup, WARM_UP, WARM_UP + TASKS);
                assertEquals(List.of(), pins.stop(), "no virtual thread pinned its carrier");
            }
            int total = WARM_UP + TASKS;
            int inTransactions = (total + 9) / 10;
            assertEquals(total - inTransactions, Team.objects.count(), "every plain write arrived exactly once");
            assertEquals(inTransactions, Event.objects.count(), "every transaction's write arrived exactly once");
            assertEquals(0, Team.objects.filter("name__startswith", "undone").count(), "rolled-back savepoints left nothing");
            long open = serverConnections(tortoise);
            assertTrue(open <= POOL, "the pool kept at most " + POOL + " connections, the server saw " + open);
        }
    }

    /**
     * Tasks {@code from..to-1}: every tenth creates an event in a transaction whose nested block
     * fails and is rolled back to its savepoint; the others create a team and read it back.
     */
    private static void run(Tortoise tortoise, Tournament cup, int from, int to) throws Exception {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = from; i < to; i++) {
                int n = i;
                futures.add(executor.submit(() -> {
                    if (n % 10 == 0) {
                        tortoise.inTransaction(() -> {
                            Event e = Event.of("e" + n, cup);
                            assertThrows(Boom.class, () -> tortoise.inTransaction(() -> {
                                Team.named("undone" + n);
                                throw new Boom();
                            }));
                            assertEquals("e" + n, Event.objects.get("id", e.id).name);
                            return null;
                        });
                    } else {
                        Team made = Team.named("t" + n);
                        Team read = Team.objects.get("pk", made.pk());
                        assertEquals("t" + n, read.name);
                        assertTrue(Team.objects.filter("name", "t" + n).exists());
                    }
                    return null;
                }));
            }
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            for (Future<?> future : futures) {
                future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        }
    }

    /** Rows of a one-column count query. */
    static long single(Tortoise tortoise, String sql) {
        Map<String, Object> row = tortoise.connection("default").executeQueryDict(sql).getFirst();
        return ((Number) row.values().iterator().next()).longValue();
    }
}
