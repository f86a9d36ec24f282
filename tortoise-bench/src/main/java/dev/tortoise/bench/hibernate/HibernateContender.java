package dev.tortoise.bench.hibernate;

import com.zaxxer.hikari.HikariDataSource;
import dev.tortoise.bench.BenchDatabase;
import dev.tortoise.bench.Shapes;
import dev.tortoise.bench.jdbc.JdbcContender;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;

/**
 * The incumbent: Hibernate ORM 7 bootstrapped the way its documentation shows for Java SE, on the
 * same HikariCP pool the JDBC floor uses. The dialect is given only for SQLite, which Hibernate
 * cannot detect; on servers it is detected from JDBC metadata (Hibernate's default, and what its
 * documentation recommends). Every method blocks.
 */
public final class HibernateContender {

    private HibernateContender() {
    }

    /**
     * A running Hibernate: its {@link SessionFactory} and the pool under it. Closing closes both,
     * the factory first.
     */
    public record App(SessionFactory sessionFactory, HikariDataSource pool) implements AutoCloseable {
        @Override
        public void close() {
            try {
                sessionFactory.close();
            } finally {
                pool.close();
            }
        }
    }

    /**
     * Opens the pool and builds the SessionFactory over the shape's N entities.
     *
     * @param createSchema whether the bootstrap also creates the tables ({@code create-only})
     */
    public static App bootstrap(BenchDatabase db, int n, boolean createSchema) {
        HikariDataSource pool = JdbcContender.openPool(db);
        try {
            HibernatePersistenceConfiguration config = new HibernatePersistenceConfiguration("bench")
                    .managedClasses(Shapes.jpaEntities(n))
                    .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, pool)
                    .schemaToolingAction(createSchema ? Action.CREATE_ONLY : Action.NONE);
            if (!db.backend().isServer()) {
                config.property(AvailableSettings.DIALECT, "org.hibernate.community.dialect.SQLiteDialect");
            }
            SessionFactory sessionFactory = config.createEntityManagerFactory();
            return new App(sessionFactory, pool);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** Creates every table, index and constraint of the mapped entities. */
    public static void createSchema(App app) {
        app.sessionFactory().getSchemaManager().create(false);
    }
}
