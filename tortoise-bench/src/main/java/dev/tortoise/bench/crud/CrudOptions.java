package dev.tortoise.bench.crud;

import dev.tortoise.bench.Backend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings of one suite run, validated once.
 *
 * @param n           rows per insert operation (upstream's ITERATIONS); a multiple of {@code workers}, at least
 *                    twice as many; the 1000, less only to check the pipeline
 * @param workers     concurrent workers, each a virtual thread (upstream's CONCURRENTS)
 * @param warmups     unmeasured rounds before the measured ones; the first round is also reported as "cold"
 * @param rounds      measured rounds
 * @param backends    where to run, in order
 * @param shapes      which table shapes, in order
 * @param contenders  who runs, in the order of the first round (later rounds rotate it)
 * @param seed        seed of every random choice
 * @param out         folder of the result files
 */
public record CrudOptions(int n, int workers, int warmups, int rounds, List<Backend> backends, List<Shape> shapes,
        List<String> contenders, long seed, Path out) {

    /** Contender ids, in the default order. */
    public static final List<String> CONTENDERS = List.of("tortoise", "jdbc", "hibernate");

    public CrudOptions {
        if (workers < 1 || n < 2 * workers || n % workers != 0) {
            throw new IllegalArgumentException("N must be a multiple of the workers (C) and at least 2 × C; got N = "
                    + n + ", C = " + workers);
        }
        if (warmups < 0 || rounds < 1) {
            throw new IllegalArgumentException("Need at least one measured round and no negative warm-ups; got "
                    + warmups + " warm-up(s), " + rounds + " round(s)");
        }
        for (String c : contenders) {
            if (!CONTENDERS.contains(c)) {
                throw new IllegalArgumentException("Unknown contender \"" + c + "\"; expected some of " + CONTENDERS);
            }
        }
        backends = List.copyOf(backends);
        shapes = List.copyOf(shapes);
        contenders = List.copyOf(contenders);
    }

    /** The settings: N = 1000, C = 10, one warm-up and three measured rounds, everything. */
    public static CrudOptions defaults(Path out) {
        return new CrudOptions(1000, 10, 1, 3, List.of(Backend.SQLITE_FILE, Backend.POSTGRES, Backend.MYSQL),
                List.of(Shape.values()), CONTENDERS, 13, out);
    }

    /** Rounds in all, warm-ups first. */
    public int totalRounds() {
        return warmups + rounds;
    }

    /**
     * Reads {@code --n 1000 --workers 10 --warmups 1 --rounds 3 --backends sqlite-file,postgres,mysql
     * --shapes 1,2,3 --contenders tortoise,jdbc,hibernate --seed 13 --out dir}; every option is optional.
     *
     * @throws IllegalArgumentException naming an unknown option or a value that does not fit
     */
    public static CrudOptions parse(String... args) {
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("Expected --option value pairs, got \"" + args[i] + "\"");
            }
            given.put(args[i].substring(2), args[i + 1]);
        }
        CrudOptions d = defaults(Path.of("tortoise-bench/target/crud"));
        List<String> known = List.of("n", "workers", "warmups", "rounds", "backends", "shapes", "contenders", "seed", "out");
        for (String key : given.keySet()) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException("Unknown option --" + key + "; options: --" + String.join(", --", known));
            }
        }
        return new CrudOptions(
                Integer.parseInt(given.getOrDefault("n", String.valueOf(d.n()))),
                Integer.parseInt(given.getOrDefault("workers", String.valueOf(d.workers()))),
                Integer.parseInt(given.getOrDefault("warmups", String.valueOf(d.warmups()))),
                Integer.parseInt(given.getOrDefault("rounds", String.valueOf(d.rounds()))),
                given.containsKey("backends") ? list(given.get("backends")).stream().map(Backend::of).toList() : d.backends(),
                given.containsKey("shapes") ? list(given.get("shapes")).stream().map(Shape::of).toList() : d.shapes(),
                given.containsKey("contenders") ? list(given.get("contenders")) : d.contenders(),
                Long.parseLong(given.getOrDefault("seed", String.valueOf(d.seed()))),
                Path.of(given.getOrDefault("out", d.out().toString())));
    }

    private static List<String> list(String csv) {
        List<String> items = new ArrayList<>();
        Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(items::add);
        return items;
    }
}
