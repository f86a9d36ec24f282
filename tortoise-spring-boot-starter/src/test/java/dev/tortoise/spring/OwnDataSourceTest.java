package dev.tortoise.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.tortoise.Manager;
import dev.tortoise.Tortoise;
import dev.tortoise.TortoiseConfig;
import dev.tortoise.spi.jdbc.ConnectionLease;
import dev.tortoise.spi.jdbc.JdbcClient;
import dev.tortoise.spring.app.TestApplication;
import dev.tortoise.testing.TestDatabase;
import dev.tortoise.testmodels.library.Author;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A DataSource the application owns (registered as a bean that Spring itself will not close) is
 * used by Tortoise and left open when the context, and with it Tortoise, closes.
 */
class OwnDataSourceTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.sqlite();

    @Test
    void theApplicationsDataSourceStaysOpenAfterTheContextCloses() throws Exception {
        HikariDataSource pool = db.pool(2);
        Tortoise tortoise;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TestApplication.class)
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("dataSource", pool))
                .properties("tortoise.apps.models.models=dev.tortoise.testmodels.library",
                        "tortoise.generate-schemas=true", "tortoise.data-source-engine=sqlite")
                .run()) {
            tortoise = context.getBean(Tortoise.class);
            Manager.of(Author.class).create(a -> a.name = "owned");
        }
        assertTrue(tortoise.isClosed(), "the Tortoise bean closes with the context");
        assertFalse(pool.isClosed(), "Tortoise closed a DataSource it did not create");
        try (Connection c = pool.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM author WHERE name = 'owned'")) {
            assertTrue(rs.next());
            assertEquals(1, rs.getInt(1));
        }
    }

    /**
     * A connection that Tortoise marks broken outside a Spring transaction goes back to the
     * application's HikariCP pool (closed through Spring's proxy) instead of staying lent forever:
     * HikariCP ignores an eviction request for a connection it does not recognise as its own.
     */
    @Test
    void aBrokenConnectionGoesBackToTheApplicationsPool() {
        HikariDataSource pool = db.pool(2);
        try (Tortoise tortoise = Tortoise.init(TortoiseConfig.builder()
                .connection("default", new SpringTransactionDataSource(pool), "sqlite")
                .app("models", List.of("dev.tortoise.testmodels.library"))
                .build())) {
            ConnectionLease lease = ((JdbcClient) tortoise.connection("default")).connectionSource().acquire();
            assertEquals(1, pool.getHikariPoolMXBean().getActiveConnections());
            lease.markBroken();
            lease.close();
            assertEquals(0, pool.getHikariPoolMXBean().getActiveConnections());
        }
        assertFalse(pool.isClosed());
    }
}
