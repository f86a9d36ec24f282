package dev.tortoise.bench.crud.hibernate;

import com.zaxxer.hikari.HikariDataSource;
import dev.tortoise.bench.BenchDatabase;
import dev.tortoise.bench.crud.CrudContender;
import dev.tortoise.bench.crud.Shape;
import dev.tortoise.bench.crud.WorkerPlan;
import dev.tortoise.bench.crud.jdbc.CrudPool;
import dev.tortoise.bench.crud.jpa.JournalEntity;
import dev.tortoise.bench.crud.model.Levels;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Tuple;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;

/**
 * The incumbent: Hibernate ORM 7 used through plain JPA as its documentation shows it: {@code persist}
 * in transactions, JPQL with first and max results, {@code find}, dirty checking, {@code remove}, and
 * JDBC batching turned on ({@code hibernate.jdbc.batch_size}) for the bulk insert. Every unit of work
 * has its own short {@code EntityManager}; a get is one unit of work, so the persistence context never
 * answers a get from memory. The tables come from the same hand-written DDL as the JDBC floor's.
 *
 * @param <E> the shape's entity
 */
public final class HibernateCrud<E extends JournalEntity> implements CrudContender {

    /** Rows per JDBC batch. */
    static final int BATCH_SIZE = 50;

    private final BenchDatabase database;
    private final Shape shape;
    private final HibernateShape<E> mapping;
    private final HikariDataSource pool;
    private final EntityManagerFactory factory;
    private final String byLevel;
    private final String valuesByLevel;

    private HibernateCrud(BenchDatabase database, Shape shape, HibernateShape<E> mapping) {
        this.database = database;
        this.shape = shape;
        this.mapping = mapping;
        this.pool = CrudPool.open(database, "crud-hibernate");
        try {
            HibernatePersistenceConfiguration config = new HibernatePersistenceConfiguration("crud")
                    .managedClass(mapping.entity())
                    .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, pool)
                    .property(AvailableSettings.STATEMENT_BATCH_SIZE, BATCH_SIZE)
                    .property(AvailableSettings.ORDER_INSERTS, true)
                    .property(AvailableSettings.ORDER_UPDATES, true)
                    .property(AvailableSettings.JDBC_TIME_ZONE, "UTC")
                    .property(AvailableSettings.PHYSICAL_NAMING_STRATEGY,
                            "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl")
                    .schemaToolingAction(Action.NONE);
            if (!database.backend().isServer()) {
                config.property(AvailableSettings.DIALECT, "org.hibernate.community.dialect.SQLiteDialect");
            }
            this.factory = config.createEntityManagerFactory();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        this.byLevel = "select j from Journal j where j.level = :level";
        this.valuesByLevel = "select " + mapping.selectList() + " from Journal j where j.level = :level";
    }

    /** Opens the pool and bootstraps Hibernate on the database; the tables are made by {@link #resetTables()}. */
    public static CrudContender open(BenchDatabase database, Shape shape) {
        return new HibernateCrud<>(database, shape, HibernateShape.of(shape));
    }

    @Override
    public String id() {
        return "hibernate";
    }

    @Override
    public void resetTables() throws Exception {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            for (String sql : shape.dropStatements(database.backend())) {
                s.execute(sql);
            }
            for (String sql : shape.ddl(database.backend())) {
                s.execute(sql);
            }
        }
    }

    @Override
    public long count() {
        return factory.callInTransaction(em -> em.createQuery("select count(j) from Journal j", Long.class)
                .getSingleResult());
    }

    @Override
    public List<Integer> ids() {
        return factory.callInTransaction(em -> em.createQuery("select j.id from Journal j order by j.id", Integer.class)
                .getResultList());
    }

    @Override
    public WorkerTask prepare(WorkerPlan plan) {
        short[] levels = plan.levels();
        return switch (plan.operation()) {
            case A -> () -> {
                for (int i = 0; i < levels.length; i++) {
                    E journal = newJournal(plan, i);
                    factory.runInTransaction(em -> em.persist(journal));
                }
                return levels.length;
            };
            case B, C -> () -> {
                // C differs from B only in what Hibernate offers for bulk work: JDBC batching, on for both
                List<E> batch = new ArrayList<>(levels.length);
                for (int i = 0; i < levels.length; i++) {
                    batch.add(newJournal(plan, i));
                }
                factory.runInTransaction(em -> batch.forEach(em::persist));
                return batch.size();
            };
            case D -> () -> byLevel(em -> em.createQuery(byLevel, mapping.entity()));
            case E -> () -> pages(plan);
            case F -> () -> {
                int rows = 0;
                for (int id : plan.ids()) {
                    try (EntityManager em = factory.createEntityManager()) {
                        rows += em.find(mapping.entity(), id) != null ? 1 : 0;
                    }
                }
                return rows;
            };
            case G -> () -> byLevel(em -> em.createQuery(valuesByLevel, Tuple.class));
            case H -> () -> byLevel(em -> em.createQuery(valuesByLevel, Object[].class));
            case I -> new EntityChanges<>(factory, mapping.entity(), plan).change((journal, k) -> {
                journal.setLevel(levels[k]);
                journal.setText(journal.getText() + " Update");
            });
            case J -> new EntityChanges<>(factory, mapping.entity(), plan).change((journal, k) -> journal.setLevel(levels[k]));
            case K -> new EntityChanges<>(factory, mapping.entity(), plan).remove();
        };
    }

    private E newJournal(WorkerPlan plan, int i) {
        E journal = mapping.newEntity().get();
        journal.setLevel(plan.levels()[i]);
        journal.setText(plan.insertText(i));
        return journal;
    }

    private interface QueryFor {
        jakarta.persistence.TypedQuery<?> on(EntityManager em);
    }

    /** The five level queries in one EntityManager, outside a transaction. */
    private int byLevel(QueryFor query) {
        int rows = 0;
        try (EntityManager em = factory.createEntityManager()) {
            for (Short level : Levels.ALL) {
                rows += query.on(em).setParameter("level", level).getResultList().size();
            }
        }
        return rows;
    }

    private int pages(WorkerPlan plan) {
        int rows = 0;
        int[] offsets = plan.offsets();
        try (EntityManager em = factory.createEntityManager()) {
            for (int q = 0; q < offsets.length; q++) {
                rows += em.createQuery(byLevel, mapping.entity())
                        .setParameter("level", Levels.ALL.get(q % Levels.ALL.size()))
                        .setFirstResult(offsets[q]).setMaxResults(20)
                        .getResultList().size();
            }
        }
        return rows;
    }

    @Override
    public void close() {
        try {
            factory.close();
        } finally {
            pool.close();
        }
    }
}
