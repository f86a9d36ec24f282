package dev.tortoise.functions;

/** {@code RANDOM}: a random {@code Double} in [0, 1), a new one per row. */
public final class Random extends Function {
    private Random(Object... arguments) {
        super("RANDOM", arguments);
    }

    /** A random number in [0, 1). */
    public static Random of() {
        return new Random();
    }
}
