package dev.tortoise.functions;

import dev.tortoise.Expression;
import dev.tortoise.exceptions.ParamsException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An SQL function over fields, expressions and literals. The common ones have their own classes,
 * which each database spells its own way ({@link Coalesce}, {@link Lower}, {@link Upper},
 * {@link Trim}, {@link Length}, {@link Concat}, {@link Substring}, {@link Cast}, {@link Now},
 * {@link Random}); {@link #of} calls any other function by name, as written.
 *
 * <p>An argument that is a {@code String} names a field (or a {@code relation__field} path, or an
 * annotation); an {@link Expression} is computed; any other value is a literal, bound as a
 * parameter ({@code Value.of("text")} for literal text). Immutable.
 */
public sealed class Function implements Expression
        permits Coalesce, Lower, Upper, Trim, Length, Concat, Substring, Cast, Now, Random {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");

    private final String name;
    private final List<Object> arguments;

    Function(String name, Object... arguments) {
        this.name = name;
        this.arguments = List.copyOf(Arrays.stream(arguments).map(Function::nonNull).toList());
    }

    /**
     * Any SQL function, called as written: {@code Function.of("ROUND", "prize", 1)}. The result is
     * read as the driver returns it.
     *
     * @param sqlName the function's name, checked against {@code [A-Za-z_][A-Za-z0-9_.]*} (so it
     *                can be schema-qualified but never carry other SQL)
     * @throws ParamsException when the name is not a plain identifier
     */
    public static Function of(String sqlName, Object... args) {
        Objects.requireNonNull(sqlName, "sqlName");
        if (!NAME.matcher(sqlName).matches()) {
            throw new ParamsException("Function.of: '" + sqlName + "' is not a function name; a name is letters,"
                    + " digits, '_' and '.' (for a schema), starting with a letter or '_'");
        }
        return new Function(sqlName, args == null ? new Object[] {null} : args);
    }

    /** The function's name: the SQL name for {@link #of}, the class's meaning for the others ({@code LOWER}). */
    public String name() {
        return name;
    }

    /** The arguments as given (unmodifiable; a literal NULL is {@code Value.of(null)}). */
    public List<Object> arguments() {
        return arguments;
    }

    /** {@code first} and then {@code more} (a null {@code more} being one NULL argument), for the factories of varargs functions. */
    static Object[] prepend(Object first, Object[] more) {
        Object[] rest = more == null ? new Object[] {null} : more;
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static Object nonNull(Object argument) {
        return argument == null ? dev.tortoise.Value.of(null) : argument;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Function f && f.getClass() == getClass() && f.name.equals(name) && f.arguments.equals(arguments);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + arguments.hashCode();
    }

    @Override
    public String toString() {
        return name + arguments;
    }
}
