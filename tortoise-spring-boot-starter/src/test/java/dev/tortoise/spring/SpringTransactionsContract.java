package dev.tortoise.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tortoise.Manager;
import dev.tortoise.Tortoise;
import dev.tortoise.TxOptions;
import dev.tortoise.exceptions.TransactionManagementException;
import dev.tortoise.spi.jdbc.DataSourceConnectionSource;
import dev.tortoise.spi.jdbc.JdbcClient;
import dev.tortoise.spring.app.AuthorService;
import dev.tortoise.spring.app.TestApplication;
import dev.tortoise.testing.TestDatabase;
import dev.tortoise.testmodels.library.Author;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the starter promises on a database, in a real Spring Boot context: the application's
 * DataSource bean (Boot's own pool from spring.datasource.url) becomes Tortoise's connection, and
 * Spring's transactions drive Tortoise's. A subclass names the database.
 */
@SpringBootTest(classes = TestApplication.class, properties = {
        "tortoise.apps.models.models=dev.tortoise.testmodels.library",
        "tortoise.generate-schemas=true"})
@DirtiesContext
abstract class SpringTransactionsContract {

    private static final Manager<Author> AUTHORS = Manager.of(Author.class);
    private static final Set<Object> REGISTERED = ConcurrentHashMap.newKeySet();

    @Autowired ApplicationContext context;
    @Autowired Tortoise tortoise;
    @Autowired AuthorService service;
    @Autowired TransactionTemplate transactions;
    @Autowired DataSource dataSource;
    @Autowired TortoiseHealthIndicator health;

    /** The database of the subclass, whose URL went into spring.datasource.url. */
    abstract TestDatabase database();

    /**
     * The database is dropped in the fixture's afterAll, which JUnit runs before Spring's (that
     * closes the context): Boot's pool is closed first, so that no connection holds the database.
     * Closing it again with the context does nothing.
     */
    @BeforeEach
    void closeBootsPoolBeforeTheDatabaseIsDropped() {
        if (REGISTERED.add(dataSource)) {
            database().closeAfter((AutoCloseable) dataSource);
        }
        AUTHORS.all().delete();
    }

    @Test
    void theApplicationsDataSourceIsTheDefaultConnection() {
        JdbcClient client = (JdbcClient) tortoise.connection("default");
        assertTrue(client.connectionSource() instanceof DataSourceConnectionSource source
                && source.dataSource() instanceof SpringTransactionDataSource spring
                && spring.getTargetDataSource() == dataSource, client.connectionSource().toString());
        assertEquals(database().client().dialect(), client.dialect());
    }

    @Test
    void aTransactionalMethodThatSucceedsKeepsItsRows() {
        service.create("kept-1", "kept-2");
        assertEquals(1, service.count("kept-1"));
        assertEquals(1, service.count("kept-2"));
    }

    @Test
    void aTransactionalMethodThatThrowsLeavesNoRows() {
        assertThrows(AuthorService.Failure.class, () -> service.createThenFail("gone-1", "gone-2"));
        assertEquals(0, service.count("gone-1"));
        assertEquals(0, service.count("gone-2"));
        assertEquals(0, ((JdbcClient) tortoise.connection("default")).connectionSource().leasesOut());
    }

    @Test
    void tortoisesInTransactionJoinsTheSpringTransaction() {
        assertThrows(AuthorService.Failure.class, () -> service.createInTortoiseTransactionThenFail("joined"));
        assertEquals(0, service.count("joined"));
    }

    @Test
    void aFailingTortoiseBlockInsideSpringsTransactionUndoesOnlyItself() {
        service.createWithFailingInnerBlock("outer", "inner");
        assertEquals(1, service.count("outer"));
        assertEquals(0, service.count("inner"));
    }

    @Test
    void transactionTemplateRollbackAndCommit() {
        transactions.executeWithoutResult(status -> {
            AUTHORS.create(a -> a.name = "template-undone");
            assertEquals(1, AUTHORS.filter("name", "template-undone").count()); // seen inside: same connection
            status.setRollbackOnly();
        });
        assertEquals(0, service.count("template-undone"));

        transactions.executeWithoutResult(status -> AUTHORS.create(a -> a.name = "template-kept"));
        assertEquals(1, service.count("template-kept"));
    }

    @Test
    void oneConnectionPerSpringTransaction() {
        transactions.executeWithoutResult(status -> {
            var springConnection = DataSourceUtils.getConnection(dataSource);
            JdbcClient client = (JdbcClient) tortoise.connection("default");
            assertTrue(client.isInTransaction(), "Tortoise sees Spring's transaction");
            // A row written by Tortoise is visible through Spring's connection before any commit.
            AUTHORS.create(a -> a.name = "same-connection");
            try (var st = springConnection.createStatement();
                 var rs = st.executeQuery("SELECT COUNT(*) FROM author WHERE name = 'same-connection'")) {
                assertTrue(rs.next());
                assertEquals(1, rs.getInt(1));
            } catch (java.sql.SQLException e) {
                throw new AssertionError(e);
            }
            status.setRollbackOnly();
        });
        assertEquals(0, service.count("same-connection"));
        assertFalse(((JdbcClient) tortoise.connection("default")).isInTransaction());
    }

    @Test
    void tortoisesOwnTransactionOutsideSpringCommitsOnItsOwn() {
        tortoise.inTransaction(() -> AUTHORS.create(a -> a.name = "own"));
        assertEquals(1, service.count("own"));
        assertThrows(AuthorService.Failure.class, () -> tortoise.inTransaction(() -> {
            AUTHORS.create(a -> a.name = "own-undone");
            throw new AuthorService.Failure();
        }));
        assertEquals(0, service.count("own-undone"));
    }

    @Test
    void springsRequiresNewAndNotSupportedSuspendTheOuterTransaction() {
        TransactionTemplate requiresNew = template(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        TransactionTemplate notSupported = template(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
        transactions.executeWithoutResult(status -> {
            // Written before the outer transaction writes: on SQLite a second writer would wait for it.
            requiresNew.executeWithoutResult(inner -> AUTHORS.create(a -> a.name = "requires-new"));
            notSupported.executeWithoutResult(none -> tortoise.inTransaction(() -> AUTHORS.create(a -> a.name = "not-supported")));
            AUTHORS.create(a -> a.name = "outer-undone");
            status.setRollbackOnly();
        });
        assertEquals(1, service.count("requires-new"));
        assertEquals(1, service.count("not-supported"));
        assertEquals(0, service.count("outer-undone"));
    }

    @Test
    void withoutAnActualSpringTransactionTortoiseRunsItsOwn() {
        TransactionTemplate supports = template(TransactionDefinition.PROPAGATION_SUPPORTS);
        supports.executeWithoutResult(status -> {
            assertFalse(tortoise.connection("default").isInTransaction());
            tortoise.inTransaction(() -> AUTHORS.create(a -> a.name = "supports"));
            assertThrows(AuthorService.Failure.class, () -> tortoise.inTransaction(() -> {
                AUTHORS.create(a -> a.name = "supports-undone");
                throw new AuthorService.Failure();
            }));
        });
        assertEquals(1, service.count("supports"));
        assertEquals(0, service.count("supports-undone"));
    }

    @Test
    void tortoisesRequiresNewInsideSpringsTransactionIsRefused() {
        TxOptions requiresNew = TxOptions.defaults().propagation(TxOptions.Propagation.REQUIRES_NEW);
        transactions.executeWithoutResult(status -> {
            var failure = assertThrows(TransactionManagementException.class,
                    () -> tortoise.inTransaction(requiresNew, () -> AUTHORS.create(a -> a.name = "refused")));
            assertTrue(failure.getMessage().contains("REQUIRES_NEW"), failure.getMessage());
        });
        assertEquals(0, service.count("refused"));
    }

    private TransactionTemplate template(int propagation) {
        TransactionTemplate template = new TransactionTemplate(transactions.getTransactionManager());
        template.setPropagationBehavior(propagation);
        return template;
    }

    @Test
    void healthIsUpWithEachConnection() {
        var result = health.health();
        assertEquals(Status.UP, result.getStatus());
        assertTrue(result.getDetails().containsKey("default"), result.getDetails().toString());
        assertSame(tortoise, context.getBean(Tortoise.class));
    }
}
