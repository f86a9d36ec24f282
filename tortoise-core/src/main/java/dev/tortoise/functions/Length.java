package dev.tortoise.functions;

/** {@code LENGTH}: the number of characters (not bytes) of a text, on every database; a {@code Long}. */
public final class Length extends Function {
    private Length(Object... arguments) {
        super("LENGTH", arguments);
    }

    /** The number of characters of a field (by name), an expression or a {@code Value}. */
    public static Length of(Object x) {
        return new Length(x);
    }
}
