package dev.tortoise.bench.report;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * Upstream Tortoise's figures from the issue: Tortoise ORM 0.22 on CPython 3.11, geometric mean of
 * rows/s over A–K, N = 1000, 10 workers, per database and shape. Our backends map to them as
 * sqlite-file → SQLite, postgres → PostgreSQL, mysql → MariaDB.
 */
final class UpstreamFigures {

    /** Where the figures come from, for the report. */
    static final String SOURCE = "upstream Tortoise ORM 0.22 on CPython 3.11, N = 1000, 10 workers (figures from the issue)";

    private static final Map<String, double[]> BY_BACKEND = Map.of(
            "sqlite-file", new double[] {10_298, 9_018, 5_059},
            "postgres", new double[] {21_932, 19_145, 10_049},
            "mysql", new double[] {17_140, 16_389, 7_994});

    private UpstreamFigures() {
    }

    /** Upstream's geometric mean for the backend and shape (1–3), if the issue gives one. */
    static OptionalDouble geometricMean(String backend, int shape) {
        double[] figures = BY_BACKEND.get(backend);
        return figures == null || shape < 1 || shape > figures.length ? OptionalDouble.empty()
                : OptionalDouble.of(figures[shape - 1]);
    }
}
