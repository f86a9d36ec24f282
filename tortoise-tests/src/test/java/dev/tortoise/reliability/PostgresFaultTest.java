package dev.tortoise.reliability;

import dev.tortoise.exceptions.TransactionOutcomeUnknownException;
import dev.tortoise.reliability.models.Entry;
import dev.tortoise.spi.DbClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import dev.tortoise.testing.RequiresPostgres;
import dev.tortoise.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@RequiresPostgres
class PostgresFaultTest extends FaultSuite {
    @RegisterExtension
    static final TestDatabase DB = TestDatabase.postgres();

    @Override
    protected TestDatabase database() {
        return DB;
    }

    @Override
    protected String timeoutKey() {
        return "timeout";
    }

    /** {@code pg_terminate_backend}, as an administrator kills sessions. */
    @Override
    protected int killOtherConnections(DbClient admin) {
        return admin.executeQueryDict("SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity"
                + " WHERE datname = current_database() AND pid <> pg_backend_pid()").size();
    }

    /**
     * The kill of the issue, made exact: a deferred constraint trigger makes the COMMIT itself
     * take seconds, and {@code pg_terminate_backend} lands while the server is committing.
     */
    @Test
    void defect5_aServerKillDuringCommitRaisesOutcomeUnknown() throws Exception {
        admin().executeUpdate("CREATE OR REPLACE FUNCTION slow_commit() RETURNS trigger LANGUAGE plpgsql AS"
                + " $$ BEGIN PERFORM pg_sleep(3); RETURN NULL; END $$");
        admin().executeUpdate("CREATE CONSTRAINT TRIGGER slow_commit AFTER INSERT ON entry DEFERRABLE INITIALLY"
                + " DEFERRED FOR EACH ROW WHEN (NEW.writer = -2) EXECUTE FUNCTION slow_commit()");
        try (ExecutorService one = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Entry> committing = one.submit(() -> tortoise().inTransaction(() -> Entry.objects.create(e -> {
                e.writer = -2;
                e.call = 1;
                e.part = 1;
                e.payload = "killed while committing";
            })));
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            List<Map<String, Object>> inCommit = List.of();
            while (inCommit.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
                inCommit = admin().executeQueryDict("SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
                        + " AND pid <> pg_backend_pid() AND state = 'active' AND query ILIKE 'COMMIT%'");
            }
            assertEquals(1, inCommit.size(), "one session is committing");
            admin().executeQueryDict("SELECT pg_terminate_backend(" + inCommit.getFirst().get("pid") + ") AS killed");
            ExecutionException e = assertThrows(ExecutionException.class, committing::get);
            TransactionOutcomeUnknownException unknown = assertInstanceOf(TransactionOutcomeUnknownException.class,
                    e.getCause());
            assertTrue(unknown.getMessage().contains("may or may not have committed"), unknown.getMessage());
            // killed inside the trigger, before the commit finished: the server rolled it back
            assertEquals(0L, ((Number) admin().executeQueryDict("SELECT COUNT(*) AS n FROM entry WHERE writer = -2")
                    .getFirst().get("n")).longValue());
            System.out.println("[reliability] tortoise.backends.postgres: pg_terminate_backend during COMMIT:"
                    + " TransactionOutcomeUnknownException raised, the transaction was rolled back by the server");
        } finally {
            admin().executeUpdate("DROP TRIGGER IF EXISTS slow_commit ON entry");
        }
    }

    @Override
    protected String sleepSql(double seconds) {
        return "SELECT pg_sleep(" + seconds + ") AS slept";
    }
}
