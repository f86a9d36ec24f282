package dev.tortoise.testing;

import dev.tortoise.spi.DbClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The leak check sees an unclosed stream and the connection it holds, and forgets both once closed. */
class LeakCheckTest {

    @RegisterExtension
    static final TestDatabase DB = TestDatabase.h2();

    @Test
    void anUnclosedStreamIsALeakUntilItIsClosed() {
        DbClient client = DB.client();
        List<DbClient> clients = DB.openClients();
        LeakCheck.Snapshot before = LeakCheck.snapshot(clients);
        Stream<Map<String, Object>> rows = client.streamQueryDict("SELECT 1 AS one UNION ALL SELECT 2");
        rows.iterator().next();
        List<String> leaks = LeakCheck.snapshot(clients).leaksSince(before);
        assertEquals(1, leaks.size(), leaks.toString());
        assertTrue(leaks.getFirst().contains("connection 'default' (h2): 1 more connection lease(s) out and 1 more"
                + " open stream(s)"), leaks.getFirst());
        rows.close();
        assertEquals(List.of(), LeakCheck.snapshot(clients).leaksSince(before));
    }

    @Test
    void aStreamReadToItsEndAndATransactionThatEndedLeaveNothing() {
        DbClient client = DB.client();
        LeakCheck.Snapshot before = LeakCheck.snapshot(List.of(client));
        assertEquals(2, client.streamQueryDict("SELECT 1 AS one UNION ALL SELECT 2").count());
        client.inTransaction(() -> client.streamQueryDict("SELECT 1 AS one").iterator().next());
        assertEquals(List.of(), LeakCheck.snapshot(List.of(client)).leaksSince(before));
    }
}
