package dev.tortoise.functions;

/** {@code SUBSTRING}: part of a text, counted in characters from 1 as in SQL; a {@code String}. */
public final class Substring extends Function {
    private Substring(Object... arguments) {
        super("SUBSTRING", arguments);
    }

    /**
     * {@code length} characters of the text, from character {@code start} (the first is 1).
     *
     * @throws dev.tortoise.exceptions.ParamsException when {@code start} is below 1 or {@code length} negative
     */
    public static Substring of(Object x, int start, int length) {
        if (start < 1 || length < 0) {
            throw new dev.tortoise.exceptions.ParamsException("Substring.of(" + x + ", " + start + ", " + length
                    + "): start counts from 1 and length cannot be negative");
        }
        return new Substring(x, start, length);
    }
}
