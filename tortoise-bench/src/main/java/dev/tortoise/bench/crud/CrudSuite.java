package dev.tortoise.bench.crud;

import dev.tortoise.bench.Backend;

/**
 * The CRUD suite: for every database and shape, the three contenders interleaved over a warm-up
 * round and the measured rounds; the results go to {@code results.csv}, {@code checks.csv} and
 * {@code run.properties} in the output folder (see {@link CrudResultFiles}).
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.tortoise.bench.crud.CrudSuite [--n 1000] [--workers 10]
 * [--warmups 1] [--rounds 3] [--backends sqlite-file,postgres,mysql] [--shapes 1,2,3]
 * [--contenders tortoise,jdbc,hibernate] [--seed 13] [--out tortoise-bench/target/crud]}. Exits with
 * status 1 when a correctness check failed.
 */
public final class CrudSuite {

    private CrudSuite() {
    }

    /** Entry point; see the class comment. */
    public static void main(String[] args) {
        CrudOptions options = CrudOptions.parse(args);
        int failed = run(options);
        System.out.println("Results in " + options.out().toAbsolutePath() + (failed == 0 ? "; every check passed"
                : "; " + failed + " check(s) FAILED, see " + CrudResultFiles.CHECKS));
        if (failed > 0) {
            System.exit(1);
        }
    }

    /**
     * Runs the suite and writes the result files; blocks for as long as that takes.
     *
     * @return the number of failed correctness checks
     */
    public static int run(CrudOptions options) {
        try (CrudResultFiles files = new CrudResultFiles(options.out(), options)) {
            for (Backend backend : options.backends()) {
                for (Shape shape : options.shapes()) {
                    new CrudRun(options, backend, shape, files).run();
                }
            }
            return files.failedChecks();
        }
    }
}
