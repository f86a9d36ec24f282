package dev.tortoise.spring;

import dev.tortoise.spi.jdbc.ManagedDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The application's {@link DataSource} as Tortoise sees it inside a Spring application: Spring's
 * {@link TransactionAwareDataSourceProxy} around it, which also tells Tortoise when the calling
 * thread is inside a Spring transaction on it ({@link ManagedDataSource}).
 *
 * <p>Inside a Spring transaction ({@code @Transactional}, {@code TransactionTemplate}) run by a
 * {@code DataSourceTransactionManager} or {@code JdbcTransactionManager} on the same data source
 * (what Spring Boot configures), {@code getConnection()} returns the transaction's connection, and
 * closing it leaves the connection to Spring. Tortoise then runs its statements on that one
 * connection, and its {@code inTransaction} blocks become savepoints inside the Spring
 * transaction: Spring commits or rolls back everything together. Outside a Spring transaction,
 * connections are borrowed from the data source and given back, and Tortoise's transactions begin
 * and commit on their own.
 *
 * <p>The data source stays the application's: nothing here closes it. Thread-safe; never blocks
 * beyond what the wrapped data source does.
 */
public final class SpringTransactionDataSource extends TransactionAwareDataSourceProxy implements ManagedDataSource {

    /**
     * @param target the application's data source, the one its transaction manager runs on
     */
    public SpringTransactionDataSource(DataSource target) {
        super(target);
    }

    /**
     * Whether the calling thread is inside an actual Spring transaction holding a connection of the
     * target data source. A connection Spring merely keeps for the thread without a transaction (for
     * example under {@code Propagation.SUPPORTS}, still in auto-commit) does not count: Tortoise then
     * runs its own transactions on it. Answers from memory.
     */
    @Override
    public boolean inManagedTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return false;
        }
        if (!(TransactionSynchronizationManager.getResource(obtainTargetDataSource()) instanceof ConnectionHolder holder)
                || !holder.isSynchronizedWithTransaction()) {
            return false;
        }
        try {
            Connection connection = holder.getConnection();
            return !connection.getAutoCommit();
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Answers for this proxy alone, never for the pool behind it: the connections it lends are
     * Spring's proxies, which a pool does not recognise as its own. A caller that unwraps the pool
     * to evict a broken connection (Tortoise does so with HikariCP) would have it ignored, and the
     * connection would never go back; answering false here makes it close the connection instead,
     * which returns it to the pool, whose validation then drops it if it is dead.
     */
    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }

    /** This proxy when it is an {@code iface}; the pool behind it is not handed out (see {@link #isWrapperFor}). */
    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("SpringTransactionDataSource does not hand out the DataSource it wraps as "
                + iface.getName() + "; use getTargetDataSource()");
    }
}
