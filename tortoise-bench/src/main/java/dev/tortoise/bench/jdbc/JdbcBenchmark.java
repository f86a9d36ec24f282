package dev.tortoise.bench.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import dev.tortoise.bench.BenchDefaults;
import dev.tortoise.bench.BenchTarget;
import dev.tortoise.bench.Shapes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The floor: plain JDBC doing the work of each Tortoise benchmark, with the hand-written DDL of the
 * shape. {@code connect} and {@code init} are the two floors of start-up (one plain connection; a
 * pool); the two schema variants are the two ways to run DDL (statement by statement; one batch in
 * one transaction).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = BenchDefaults.WARMUPS)
@Measurement(iterations = BenchDefaults.ITERATIONS)
@Fork(value = BenchDefaults.FORKS, jvmArgsAppend = {BenchDefaults.NATIVE_ACCESS, BenchDefaults.JBOSS_LOGGING})
public class JdbcBenchmark {

    /** A pool opened (and pinged) before the measurement, with the DDL split into statements. */
    @State(Scope.Thread)
    public static class OpenPool {
        HikariDataSource pool;
        List<String> ddl;

        /** Opens the pool on the iteration's empty database. */
        @Setup(Level.Iteration)
        public void open(BenchTarget target) throws SQLException {
            pool = target.closeAfterIteration(JdbcContender.openPoolAndPing(target.database()));
            ddl = Shapes.ddlStatements(target.n, target.backendKind().dialect());
        }
    }

    /** One connection from {@code DriverManager} and its first round trip. */
    @Benchmark
    public Connection connect(BenchTarget target) throws SQLException {
        return target.closeAfterIteration(JdbcContender.connectAndPing(target.database()));
    }

    /** A HikariCP pool opened and its first round trip. */
    @Benchmark
    public HikariDataSource init(BenchTarget target) throws SQLException {
        return target.closeAfterIteration(JdbcContender.openPoolAndPing(target.database()));
    }

    /** The DDL, one auto-committed statement at a time. */
    @Benchmark
    public void schemaEachStatement(OpenPool state) throws SQLException {
        JdbcContender.executeEach(state.pool, state.ddl);
    }

    /** The DDL as one batch in one transaction. */
    @Benchmark
    public void schemaOneTransaction(OpenPool state) throws SQLException {
        JdbcContender.executeInTransaction(state.pool, state.ddl);
    }

    /** Pool, DDL read from the class path, executed the fastest way. */
    @Benchmark
    public HikariDataSource initAndSchema(BenchTarget target) throws SQLException {
        HikariDataSource pool = target.closeAfterIteration(JdbcContender.openPool(target.database()));
        JdbcContender.executeInTransaction(pool, Shapes.ddlStatements(target.n, target.backendKind().dialect()));
        return pool;
    }

    /** Closing the pool. */
    @Benchmark
    public void close(OpenPool state) {
        state.pool.close();
    }
}
