package dev.tortoise.functions;

/** {@code COALESCE}: the first of its arguments that is not NULL ({@code Coalesce.of("nickname", "name", Value.of("?"))}); typed as its first typed argument. */
public final class Coalesce extends Function {
    private Coalesce(Object... arguments) {
        super("COALESCE", arguments);
    }

    /**
     * The first non-NULL value of the arguments, tried in order.
     *
     * @param fieldsOrExpressionsOrValues at least two: field names, expressions or literals
     * @throws dev.tortoise.exceptions.ParamsException with fewer than two arguments
     */
    public static Coalesce of(Object... fieldsOrExpressionsOrValues) {
        if (fieldsOrExpressionsOrValues == null || fieldsOrExpressionsOrValues.length < 2) {
            throw new dev.tortoise.exceptions.ParamsException("Coalesce.of needs at least two arguments (field names,"
                    + " expressions or values: the first that is not NULL is taken), got "
                    + (fieldsOrExpressionsOrValues == null ? 0 : fieldsOrExpressionsOrValues.length));
        }
        return new Coalesce(fieldsOrExpressionsOrValues);
    }

    /**
     * The first non-NULL value of the arguments, the first a field name. (Declared so that {@code Coalesce.of("a", ...)} means
     * this class, not the inherited {@link Function#of(String, Object...)}, which would call a
     * function named {@code a}.)
     */
    public static Coalesce of(String field, Object... more) {
        return of(prepend(field, more));
    }
}
