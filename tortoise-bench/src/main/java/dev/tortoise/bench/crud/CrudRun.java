package dev.tortoise.bench.crud;

import dev.tortoise.bench.Backend;
import dev.tortoise.bench.BenchDatabase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The suite for one database and one shape: every contender opened on a fresh database of its own
 * (one Tortoise instance, one pool, one SessionFactory for the whole run), then the rounds, each
 * running the contenders one after the other in an order that rotates from round to round, so that
 * whatever else the machine does falls on all of them alike. Databases are dropped at the end.
 */
final class CrudRun {

    private final CrudOptions options;
    private final Backend backend;
    private final Shape shape;
    private final CrudResultFiles files;

    CrudRun(CrudOptions options, Backend backend, Shape shape, CrudResultFiles files) {
        this.options = options;
        this.backend = backend;
        this.shape = shape;
        this.files = files;
    }

    void run() {
        Map<String, CrudContender> contenders = new LinkedHashMap<>();
        List<BenchDatabase> databases = new ArrayList<>();
        try {
            for (String id : options.contenders()) {
                BenchDatabase database = BenchDatabase.create(backend);
                databases.add(database);
                if (databases.size() == 1) {
                    files.note("server." + backend.id(), ServerVersion.of(database));
                }
                contenders.put(id, Contenders.open(id, database, shape));
            }
            for (int round = 0; round < options.totalRounds(); round++) {
                RoundPlan plan = new RoundPlan(options, round);
                for (String id : rotated(options.contenders(), round)) {
                    List<Double> rates = new ContenderRound(contenders.get(id), plan, options, files, backend.id(),
                            shape.number(), round).run();
                    progress(round, id, rates);
                }
            }
        } finally {
            closeAll(contenders.values(), databases);
        }
    }

    private void progress(int round, String contender, List<Double> rates) {
        String kind = round < options.warmups() ? "warm-up" : "measured";
        String rate = rates.isEmpty() ? "FAILED" : String.format(Locale.ROOT, "%,.0f rows/s (geometric mean)",
                geometricMean(rates));
        System.out.printf(Locale.ROOT, "%-12s shape %d  round %d (%s)  %-9s  %s%n", backend.id(), shape.number(),
                round, kind, contender, rate);
    }

    static double geometricMean(List<Double> values) {
        double logs = 0;
        for (double v : values) {
            logs += Math.log(v);
        }
        return Math.exp(logs / values.size());
    }

    /** The contenders in round-robin order: round r starts with the r-th. */
    static List<String> rotated(List<String> ids, int round) {
        List<String> order = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            order.add(ids.get((round + i) % ids.size()));
        }
        return order;
    }

    private static void closeAll(Iterable<CrudContender> contenders, List<BenchDatabase> databases) {
        for (CrudContender c : contenders) {
            try {
                c.close();
            } catch (Exception e) {
                System.err.println("Closing " + c.id() + " failed: " + e);
            }
        }
        for (BenchDatabase db : databases) {
            try {
                db.close();
            } catch (RuntimeException e) {
                System.err.println("Dropping " + db + " failed: " + e);
            }
        }
    }
}
