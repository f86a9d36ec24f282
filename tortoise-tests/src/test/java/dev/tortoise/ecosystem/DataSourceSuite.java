package dev.tortoise.ecosystem;

import dev.tortoise.Tortoise;
import dev.tortoise.TortoiseConfig;
import dev.tortoise.ecosystem.models.Account;
import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.exceptions.IntegrityException;
import dev.tortoise.spi.jdbc.JdbcClient;
import dev.tortoise.testing.BackendSuite;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A connection on the caller's own {@code DataSource} (a HikariCP pool the test owns), on every
 * backend: the engine named or detected ({@code "auto"}), rows, transactions with savepoints and
 * streams on it, and the pool left open when Tortoise closes.
 */
class DataSourceSuite extends BackendSuite {

    private Tortoise init(HikariDataSource pool, String engine) {
        Tortoise t = Tortoise.init(TortoiseConfig.builder()
                .connection("default", pool, engine)
                .app("models", List.of("dev.tortoise.ecosystem.models"))
                .build());
        t.generateSchemas();
        Account.objects.all().delete();
        return t;
    }

    @Test
    void autoDetectsTheEngineFromTheDatabaseItself() {
        HikariDataSource pool = database().pool(3);
        try (Tortoise t = init(pool, "auto")) {
            assertEquals(database().platform().name(), t.connection("default").dialect());
        }
    }

    @Test
    void rowsTransactionsSavepointsAndStreamsRunOnTheCallersPool() throws Exception {
        HikariDataSource pool = database().pool(3);
        try (Tortoise t = init(pool, database().engine())) {
            Account.open("a", 10);
            t.inTransaction(() -> {
                Account.open("b", 20);
                assertThrows(IntegrityException.class, () -> t.inTransaction(() -> Account.open("a", 99)));
                try (Stream<Account> all = Account.objects.all().orderBy("name").stream()) {
                    assertEquals(List.of("a", "b"), all.map(a -> a.name).toList());
                }
                return null;
            });
            assertThrows(IllegalStateException.class, () -> t.inTransaction(() -> {
                Account.open("c", 30);
                throw new IllegalStateException("rolled back");
            }));
            try (Connection c = pool.getConnection(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT name FROM account ORDER BY name")) {
                assertTrue(rs.next());
                assertEquals("a", rs.getString(1));
                assertTrue(rs.next());
                assertEquals("b", rs.getString(1));
                assertFalse(rs.next(), "c was rolled back, the second a never got in");
            }
            assertEquals(0, ((JdbcClient) t.connection("default")).connectionSource().leasesOut());
        }
    }

    @Test
    void closingTortoiseLeavesTheCallersPoolOpen() throws Exception {
        HikariDataSource pool = database().pool(2);
        Tortoise t = init(pool, database().engine());
        Account.open("kept", 1);
        t.close();
        assertFalse(pool.isClosed(), "Tortoise closed a pool it did not create");
        try (Connection c = pool.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM account")) {
            assertTrue(rs.next());
            assertEquals(1, rs.getInt(1));
        }
        assertThrows(ConfigurationException.class, Account.objects::count);
    }

    @Test
    void aDataSourceWithoutEngineOrNullIsRefusedNamingTheAlias() {
        HikariDataSource pool = database().pool(1);
        ConfigurationException noEngine = assertThrows(ConfigurationException.class, () -> TortoiseConfig.builder()
                .connection("main", pool, " ").app("models", List.of("dev.tortoise.ecosystem.models"), "main").build());
        assertTrue(noEngine.getMessage().contains("Connection \"main\"") && noEngine.getMessage().contains("\"auto\""),
                noEngine.getMessage());
        ConfigurationException noSource = assertThrows(ConfigurationException.class, () -> TortoiseConfig.builder()
                .connection("main", (javax.sql.DataSource) null, "auto").app("models", List.of("x"), "main").build());
        assertTrue(noSource.getMessage().contains("DataSource is null"), noSource.getMessage());
    }
}
