package dev.tortoise.bench.tortoise;

import dev.tortoise.Tortoise;
import dev.tortoise.TortoiseConfig;
import dev.tortoise.bench.BenchDatabase;
import dev.tortoise.bench.Shapes;
import java.util.List;

/** Ours: Tortoise started the way its README shows. Every method blocks. */
public final class TortoiseContender {

    /** The connection alias the benchmarks configure. */
    public static final String CONNECTION = "default";

    private TortoiseContender() {
    }

    /**
     * Initialises Tortoise on the database with the shape's N models and makes the first round
     * trip ({@code ping}), so the instance is usable and the connection is open, as the JDBC floor's is.
     *
     * @param scan whether discovery scans the package (true) or reads its {@code @Models} list
     */
    public static Tortoise start(BenchDatabase db, int n, boolean scan) {
        Tortoise tortoise = init(db, n, scan);
        try {
            tortoise.connection(CONNECTION).ping();
            return tortoise;
        } catch (RuntimeException e) {
            tortoise.close();
            throw e;
        }
    }

    /** {@code Tortoise.init} alone: no connection is opened to a server. */
    public static Tortoise init(BenchDatabase db, int n, boolean scan) {
        String module = scan ? Shapes.scannedModule(n) : Shapes.listedModule(n);
        return Tortoise.init(TortoiseConfig.builder()
                .connection(CONNECTION, db.tortoiseUrl())
                .app(Shapes.APP, List.of(module), CONNECTION)
                .build());
    }

    /** The DDL Tortoise generates for the connection ({@code safe = false}). */
    public static String schemaSql(Tortoise tortoise) {
        return tortoise.getSchemaSql(CONNECTION, false);
    }
}
