package dev.tortoise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tortoise.TxOptions.Conflict;
import dev.tortoise.TxOptions.Isolation;
import dev.tortoise.TxOptions.Propagation;
import dev.tortoise.exceptions.ParamsException;
import dev.tortoise.exceptions.TransactionManagementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TxOptionsTest {

    @Test
    void defaultsAreWhatInTransactionAlwaysDid() {
        TxOptions d = TxOptions.defaults();
        assertEquals(Optional.empty(), d.isolation());
        assertFalse(d.isReadOnly());
        assertEquals(Propagation.REQUIRED, d.propagation());
        assertFalse(d.retries());
        assertEquals(1, d.attempts(Conflict.DEADLOCK));
        assertFalse(d.hasConnectionSettings());
    }

    @Test
    void eachMethodReturnsAChangedCopy() {
        TxOptions base = TxOptions.defaults();
        TxOptions changed = base.isolation(Isolation.SERIALIZABLE).readOnly().propagation(Propagation.REQUIRES_NEW)
                .retryOn(Conflict.SERIALIZATION_FAILURE, 4);
        assertEquals(TxOptions.defaults(), base);
        assertNotEquals(base, changed);
        assertEquals(Optional.of(Isolation.SERIALIZABLE), changed.isolation());
        assertTrue(changed.isReadOnly() && changed.hasConnectionSettings() && changed.retries());
        assertEquals(4, changed.attempts(Conflict.SERIALIZATION_FAILURE));
        assertEquals(1, changed.attempts(Conflict.DEADLOCK));
        assertEquals("TxOptions{isolation=SERIALIZABLE, readOnly=true, propagation=REQUIRES_NEW,"
                + " retryOn={SERIALIZATION_FAILURE=4}}", changed.toString());
    }

    @Test
    void attemptsBelowOneAreRefusedWithWhatWouldBeRight() {
        ParamsException e = assertThrows(ParamsException.class, () -> TxOptions.defaults().retryOn(Conflict.DEADLOCK, 0));
        assertTrue(e.getMessage().contains("at least 1"), e.getMessage());
    }

    @Test
    void aClientWithoutOptionsSupportRefusesWhatItCannotDo() {
        dev.tortoise.spi.DbClient plain = new MinimalClient();
        assertEquals("ran", plain.inTransaction(TxOptions.defaults().propagation(Propagation.NESTED), () -> "ran"));
        TransactionManagementException e = assertThrows(TransactionManagementException.class,
                () -> plain.inTransaction(TxOptions.defaults().readOnly(), () -> "ran"));
        assertTrue(e.getMessage().contains("Connection 'minimal'") && e.getMessage().contains("readOnly=true"), e.getMessage());
    }

    /** A client that implements only what the SPI requires. */
    private static final class MinimalClient implements dev.tortoise.spi.DbClient {
        public String connectionName() { return "minimal"; }
        public String dialect() { return "none"; }
        public java.util.List<java.util.Map<String, Object>> executeQueryDict(String sql, Object... p) { return java.util.List.of(); }
        public int executeUpdate(String sql, Object... p) { return 0; }
        public Object executeInsert(String sql, Object... p) { return null; }
        public void executeMany(String sql, java.util.List<Object[]> rows) { }
        public void executeScript(String sql) { }
        public java.util.stream.Stream<java.util.Map<String, Object>> streamQueryDict(String sql, Object... p) { return java.util.stream.Stream.empty(); }
        public <T, X extends Exception> T inTransaction(Block<T, X> block) throws X { return block.run(); }
        public boolean isInTransaction() { return false; }
        public void ping() { }
        public void close() { }
        public boolean isClosed() { return false; }
    }
}
