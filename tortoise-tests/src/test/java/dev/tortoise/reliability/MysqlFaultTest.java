package dev.tortoise.reliability;

import dev.tortoise.exceptions.TortoiseException;
import dev.tortoise.spi.DbClient;
import dev.tortoise.testing.RequiresMysql;
import dev.tortoise.testing.TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;

@RequiresMysql
class MysqlFaultTest extends FaultSuite {
    @RegisterExtension
    static final TestDatabase DB = TestDatabase.mysql();

    @Override
    protected TestDatabase database() {
        return DB;
    }

    @Override
    protected String timeoutKey() {
        return "connect_timeout";
    }

    /** {@code KILL CONNECTION} for every other session on the test database, as an administrator does. */
    @Override
    protected int killOtherConnections(DbClient admin) {
        int killed = 0;
        for (Map<String, Object> row : admin.executeQueryDict("SELECT ID AS id FROM information_schema.PROCESSLIST"
                + " WHERE DB = DATABASE() AND ID <> CONNECTION_ID()")) {
            try {
                admin.executeUpdate("KILL CONNECTION " + ((Number) row.get("id")).longValue());
                killed++;
            } catch (TortoiseException gone) {
                // ended by itself meanwhile
            }
        }
        return killed;
    }

    @Override
    protected String sleepSql(double seconds) {
        return "SELECT SLEEP(" + seconds + ") AS slept";
    }
}
