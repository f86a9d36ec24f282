package dev.tortoise;

import java.util.Objects;

/**
 * A literal in an expression, always bound as a parameter: {@code Coalesce.of("nickname",
 * Value.of("anonymous"))}, {@code Concat.of("name", Value.of(" (cup)"))}. Needed where a plain
 * {@code String} would name a field. Immutable.
 */
public final class Value implements Expression {
    private final Object value;

    private Value(Object value) {
        this.value = value;
    }

    /** The literal; {@code null} is SQL NULL. */
    public static Value of(Object value) {
        if (value instanceof Expression e) {
            throw new dev.tortoise.exceptions.ParamsException("Value.of takes a literal, got the expression " + e);
        }
        return new Value(value);
    }

    /** The literal as given. */
    public Object value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Value v && Objects.equals(v.value, value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return "Value(" + value + ")";
    }
}
