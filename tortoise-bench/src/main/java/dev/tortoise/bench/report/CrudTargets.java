package dev.tortoise.bench.report;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The targets of the CRUD issue per database and shape, judged from one run's medians: our
 * geometric mean at least 0.85× the JDBC floor's, no operation below 0.6× the floor, at least 2×
 * Hibernate's geometric mean, at least 3× upstream Tortoise's. A cell says met or missed, the
 * measured ratio, and for a miss how much faster ours would have to be.
 */
final class CrudTargets {

    static final double FLOOR_MEAN = 0.85;
    static final double FLOOR_EACH = 0.6;
    static final double HIBERNATE = 2.0;
    static final double UPSTREAM = 3.0;

    private final CrudResults results;

    CrudTargets(CrudResults results) {
        this.results = results;
    }

    MarkdownTable table() {
        MarkdownTable t = new MarkdownTable(2, "database", "shape", "mean ≥ 0.85× JDBC", "every op ≥ 0.6× JDBC",
                "mean ≥ 2× Hibernate", "mean ≥ 3× upstream");
        for (String backend : results.backends()) {
            for (int shape : results.shapes()) {
                OptionalDouble ours = results.geometricMean(backend, shape, "tortoise");
                t.row(CrudSection.database(backend), String.valueOf(shape),
                        verdict(Stats.ratio(ours, results.geometricMean(backend, shape, "jdbc")), FLOOR_MEAN),
                        worstOperation(backend, shape),
                        verdict(Stats.ratio(ours, results.geometricMean(backend, shape, "hibernate")), HIBERNATE),
                        verdict(Stats.ratio(ours, UpstreamFigures.geometricMean(backend, shape)), UPSTREAM));
            }
        }
        return t;
    }

    /** The verdict on the operation with the lowest ours/JDBC ratio, naming it. */
    private String worstOperation(String backend, int shape) {
        String worst = null;
        double lowest = Double.MAX_VALUE;
        for (String op : CrudResults.OPERATIONS) {
            OptionalDouble ratio = opRatio(backend, shape, op);
            if (ratio.isEmpty()) {
                return "not measured";
            }
            if (ratio.getAsDouble() < lowest) {
                lowest = ratio.getAsDouble();
                worst = op;
            }
        }
        return verdict(OptionalDouble.of(lowest), FLOOR_EACH) + ", lowest " + worst;
    }

    /** Ours / JDBC for one operation. */
    OptionalDouble opRatio(String backend, int shape, String op) {
        return Stats.ratio(results.rate(backend, shape, "tortoise", op), results.rate(backend, shape, "jdbc", op));
    }

    /** {@code yes (0.91×)} or {@code **no** (0.72×; +18% needed)}; a target not measured says so. */
    static String verdict(OptionalDouble ratio, double target) {
        if (ratio.isEmpty()) {
            return "not measured";
        }
        double r = ratio.getAsDouble();
        if (r >= target) {
            return "yes (" + Stats.times(ratio) + ")";
        }
        return String.format(Locale.ROOT, "**no** (%s; +%.0f%% needed)", Stats.times(ratio), (target / r - 1) * 100);
    }
}
