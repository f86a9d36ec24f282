package dev.tortoise.spi.jdbc;

import dev.tortoise.exceptions.DbConnectionException;
import dev.tortoise.exceptions.DeadlockException;
import dev.tortoise.exceptions.OperationalException;
import dev.tortoise.exceptions.SerializationException;
import dev.tortoise.exceptions.TortoiseException;
import dev.tortoise.spi.ErrorClassifier;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11, defect 8, at the translator: a protocol error and a connection lost mid-statement no
 * longer say "Cannot connect", and deadlocks and serialization failures are retryable exceptions
 * of their own. The servers' own codes are proven in the backends' fault tests.
 */
class FaultsToldTruthfullyTest {

    private final SqlErrorTranslator translator = new SqlErrorTranslator("main", "PostgreSQL at db:5432",
            ErrorClassifier.NONE, List.of("hunter22"));

    @Test
    void defect8_aProtocolErrorIsNamedAsSuchNotAFailureToConnect() {
        TortoiseException e = translator.translate(new SQLException("invalid message format", "08P01"), "SELECT 1");
        assertEquals(OperationalException.class, e.getClass());
        assertTrue(e.getMessage().startsWith("Protocol error between the driver and the server (not a failure to"
                + " connect): invalid message format"), e.getMessage());
        assertFalse(((OperationalException) e).isRetryable());
    }

    @Test
    void defect8_aConnectionLostMidStatementSaysLostNotCannotConnect() {
        TortoiseException e = translator.translate(new SQLException("An I/O error occurred while sending to the"
                + " backend (hunter22)", "08006"), "INSERT INTO t VALUES (?)");
        assertInstanceOf(DbConnectionException.class, e);
        assertTrue(e.getMessage().startsWith("The connection to PostgreSQL at db:5432 was lost: An I/O error"),
                e.getMessage());
        assertFalse(e.getMessage().contains("hunter22"), e.getMessage());
        assertTrue(translator.translate(new SQLException("password authentication failed", "28P01"), null)
                .getMessage().startsWith("Cannot connect to PostgreSQL at db:5432"));
    }

    @Test
    void defect8_deadlocksAndSerializationFailuresAreRetryable() {
        TortoiseException deadlock = translator.translate(new SQLException("deadlock detected", "40P01"), "UPDATE t");
        assertInstanceOf(DeadlockException.class, deadlock);
        assertTrue(((OperationalException) deadlock).isRetryable());
        TortoiseException serialization = translator.translate(
                new SQLException("could not serialize access", "40001"), "UPDATE t");
        assertInstanceOf(SerializationException.class, serialization);
        assertTrue(((OperationalException) serialization).isRetryable());
        assertFalse(((OperationalException) translator.translate(new SQLException("syntax", "42601"), "x")).isRetryable());
    }
}
