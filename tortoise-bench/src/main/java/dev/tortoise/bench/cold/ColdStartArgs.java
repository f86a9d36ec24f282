package dev.tortoise.bench.cold;

import dev.tortoise.bench.Backend;
import dev.tortoise.bench.BenchDatabase;

/**
 * The arguments every cold-start main takes: {@code <backend> <n> <database>}, where database is a
 * file path for {@code sqlite-file} and the name of an existing empty database for a server (the
 * script creates and drops it outside the timing).
 *
 * @param database the database to work on
 * @param n the number of models
 */
record ColdStartArgs(BenchDatabase database, int n) {

    static ColdStartArgs parse(String main, String[] args) {
        if (args.length != 3) {
            System.err.println("usage: " + main + " <sqlite-memory|sqlite-file|postgres|mysql> <10|50|200> <file or database>");
            System.exit(2);
        }
        return new ColdStartArgs(BenchDatabase.existing(Backend.of(args[0]), args[2]), Integer.parseInt(args[1]));
    }
}
