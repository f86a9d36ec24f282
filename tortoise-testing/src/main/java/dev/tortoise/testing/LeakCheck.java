package dev.tortoise.testing;

import dev.tortoise.Tortoise;
import dev.tortoise.spi.DbClient;
import dev.tortoise.spi.jdbc.JdbcClient;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fails a test that leaves a connection lease out or a row stream open on any client it can see,
 * as JDBI's leak checker does: an unclosed {@code Stream} of {@code QuerySet.stream()} holds a
 * pooled connection until closed, and a pool that leaks runs dry later, far from the cause.
 *
 * <p>The clients it watches are those reachable from the test instance's fields (static or not):
 * every {@link TestDatabase} (its clients and the {@code Tortoise} instances it closes), every
 * {@link Tortoise} and every {@link DbClient}. Counts are compared with those before the test
 * ({@link dev.tortoise.spi.jdbc.ConnectionSource#leasesOut()}, {@link JdbcClient#openStreams()}),
 * so a leak fails only the test that made it. Registered by {@link AcrossBackends}, or with
 * {@code @ExtendWith(LeakCheck.class)}.
 */
public final class LeakCheck implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LeakCheck.class);

    /** What one client holds. */
    private record Held(int leases, int streams) {
    }

    /** What some clients held at one moment; compare a later moment with {@link #leaksSince}. */
    public static final class Snapshot {
        private final Map<JdbcClient, Held> held = new IdentityHashMap<>();

        private Snapshot(Collection<? extends DbClient> clients) {
            for (DbClient client : clients) {
                if (client instanceof JdbcClient jdbc && !jdbc.isClosed()) {
                    held.put(jdbc, new Held(jdbc.connectionSource().leasesOut(), jdbc.openStreams()));
                }
            }
        }

        /**
         * What these clients hold now beyond what they held in {@code before} (a client not in it
         * held nothing), one line per client that holds more; empty when nothing leaked.
         */
        public List<String> leaksSince(Snapshot before) {
            List<String> leaks = new ArrayList<>();
            held.forEach((client, now) -> {
                Held then = before.held.get(client);
                int leases = now.leases() - (then == null ? 0 : then.leases());
                int streams = now.streams() - (then == null ? 0 : then.streams());
                if (leases > 0 || streams > 0) {
                    leaks.add("connection '" + client.connectionName() + "' (" + client.dialect() + "): " + leases
                            + " more connection lease(s) out and " + streams + " more open stream(s)");
                }
            });
            return leaks;
        }
    }

    /** The leases and streams the clients (those that are {@link JdbcClient}s and open) hold now. */
    public static Snapshot snapshot(Collection<? extends DbClient> clients) {
        return new Snapshot(clients);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE).put(context.getUniqueId(), snapshot(clients(context)));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Snapshot before = context.getStore(NAMESPACE).remove(context.getUniqueId(), Snapshot.class);
        List<String> leaks = snapshot(clients(context)).leaksSince(before == null ? snapshot(List.of()) : before);
        if (!leaks.isEmpty()) {
            throw new AssertionError("The test leaked, compared with before it: " + String.join("; ", leaks)
                    + ". Close every Stream (try-with-resources) and let every transaction's block end");
        }
    }

    private static List<DbClient> clients(ExtensionContext context) {
        List<DbClient> clients = new ArrayList<>();
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            for (Class<?> type = instance.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    collect(read(field, instance), clients);
                }
            }
        }
        return clients;
    }

    private static void collect(Object value, List<DbClient> clients) {
        switch (value) {
            case TestDatabase db -> clients.addAll(db.openClients());
            case Tortoise t when !t.isClosed() -> clients.addAll(t.connections().values());
            case DbClient c -> clients.add(c);
            case null, default -> {
            }
        }
    }

    private static Object read(Field field, Object instance) {
        Class<?> type = field.getType();
        if (!TestDatabase.class.isAssignableFrom(type) && !Tortoise.class.isAssignableFrom(type)
                && !DbClient.class.isAssignableFrom(type)) {
            return null;
        }
        try {
            field.setAccessible(true);
            return field.get(Modifier.isStatic(field.getModifiers()) ? null : instance);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
