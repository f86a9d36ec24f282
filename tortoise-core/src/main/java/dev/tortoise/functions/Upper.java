package dev.tortoise.functions;

/** {@code UPPER}: the text in upper case; a {@code String}. */
public final class Upper extends Function {
    private Upper(Object... arguments) {
        super("UPPER", arguments);
    }

    /** The upper-case text of a field (by name), an expression or a {@code Value}. */
    public static Upper of(Object x) {
        return new Upper(x);
    }
}
