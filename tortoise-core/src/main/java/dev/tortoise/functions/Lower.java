package dev.tortoise.functions;

/** {@code LOWER}: the text in lower case; a {@code String}. */
public final class Lower extends Function {
    private Lower(Object... arguments) {
        super("LOWER", arguments);
    }

    /** The lower-case text of a field (by name), an expression or a {@code Value}. */
    public static Lower of(Object x) {
        return new Lower(x);
    }
}
