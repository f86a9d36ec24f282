package dev.tortoise.bench.cold;

import dev.tortoise.Tortoise;
import dev.tortoise.bench.tortoise.TortoiseContender;

/**
 * A whole process with Tortoise: init with the shape's N listed models, {@code generateSchemas()},
 * close, exit. Timed from outside by {@code tortoise-bench/cold-start.sh} beside
 * {@link JdbcColdStart} and {@link HibernateColdStart}.
 */
public final class TortoiseColdStart {

    private TortoiseColdStart() {
    }

    /** Entry point: {@code <backend> <n> <file or database>}. */
    public static void main(String[] args) {
        ColdStartArgs a = ColdStartArgs.parse("TortoiseColdStart", args);
        try (Tortoise tortoise = TortoiseContender.init(a.database(), a.n(), false)) {
            tortoise.generateSchemas();
        }
    }
}
