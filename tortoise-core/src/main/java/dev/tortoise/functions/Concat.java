package dev.tortoise.functions;

/** {@code CONCAT}: texts joined end to end; a NULL part counts as empty text, on every database; a {@code String}. */
public final class Concat extends Function {
    private Concat(Object... arguments) {
        super("CONCAT", arguments);
    }

    /**
     * The parts joined in order.
     *
     * @param parts field names, expressions or literals ({@code Value.of(" - ")}); at least one
     * @throws dev.tortoise.exceptions.ParamsException without parts
     */
    public static Concat of(Object... parts) {
        if (parts == null || parts.length == 0) {
            throw new dev.tortoise.exceptions.ParamsException("Concat.of needs at least one part (a field name, an expression"
                    + " or a Value.of(\"text\")), got none");
        }
        return new Concat(parts);
    }

    /**
     * The parts joined in order, the first a field name. (Declared so that {@code Concat.of("a", ...)} means
     * this class, not the inherited {@link Function#of(String, Object...)}, which would call a
     * function named {@code a}.)
     */
    public static Concat of(String field, Object... more) {
        return of(prepend(field, more));
    }
}
