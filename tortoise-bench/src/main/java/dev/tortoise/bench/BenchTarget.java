package dev.tortoise.bench;

import java.util.ArrayDeque;
import java.util.Deque;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The JMH state every benchmark starts from: the parameters (model count {@code n} and
 * {@code backend}) and a fresh empty database per iteration. Whatever a benchmark or a dependent
 * state opens is registered with {@link #closeAfterIteration} and closed, newest first, before the
 * database is dropped, outside the measurement.
 */
@State(Scope.Thread)
public class BenchTarget {

    /** Number of models (tables) in the shape. */
    @Param({"10", "50", "200"})
    public int n;

    /** Where the database lives; see {@link Backend}. */
    @Param({"sqlite-memory", "sqlite-file", "postgres", "mysql"})
    public String backend;

    private BenchDatabase database;
    private final Deque<AutoCloseable> open = new ArrayDeque<>();

    /** Creates the iteration's empty database. */
    @Setup(Level.Iteration)
    public void createDatabase() {
        database = BenchDatabase.create(Backend.of(backend));
    }

    /** Closes what the iteration opened, then drops its database. */
    @TearDown(Level.Iteration)
    public void dropDatabase() throws Exception {
        Exception failure = null;
        while (!open.isEmpty()) {
            try {
                open.pop().close();
            } catch (Exception e) {
                failure = e;
            }
        }
        database.close();
        if (failure != null) {
            throw failure;
        }
    }

    /** The iteration's database. */
    public BenchDatabase database() {
        return database;
    }

    /** The iteration's backend. */
    public Backend backendKind() {
        return Backend.of(backend);
    }

    /** Registers a resource to close at the end of the iteration; returns it. */
    public <T extends AutoCloseable> T closeAfterIteration(T resource) {
        open.push(resource);
        return resource;
    }
}
