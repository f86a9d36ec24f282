package dev.tortoise.reliability;

import dev.tortoise.spi.DbClient;
import dev.tortoise.testing.RequiresPostgres;
import dev.tortoise.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

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

    @Override
    protected String sleepSql(double seconds) {
        return "SELECT pg_sleep(" + seconds + ") AS slept";
    }
}
