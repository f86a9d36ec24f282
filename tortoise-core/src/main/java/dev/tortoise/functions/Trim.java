package dev.tortoise.functions;

/** {@code TRIM}: the text without leading and trailing spaces; a {@code String}. */
public final class Trim extends Function {
    private Trim(Object... arguments) {
        super("TRIM", arguments);
    }

    /** The text of a field (by name), an expression or a {@code Value}, spaces removed at both ends. */
    public static Trim of(Object x) {
        return new Trim(x);
    }
}
