package dev.tortoise;

import dev.tortoise.internal.query.Expr;
import java.util.Objects;

/**
 * A reference to a field of the row, for filters that compare two columns
 * ({@code filter("score__gt", F.of("best"))}) and updates computed in the database
 * ({@code update(Map.of("count", F.of("count").plus(1)))}), so that no value is read first.
 * Immutable and thread-safe.
 */
public final class F implements Expression {
    private final Expr expression;

    private F(Expr expression) {
        this.expression = expression;
    }

    /** The field (or {@code relation__field} path, in filters) of the row. */
    public static F of(String field) {
        return new F(new Expr.FieldRef(Objects.requireNonNull(field, "field")));
    }

    /** This plus a value or another {@code F}. */
    public F plus(Object value) {
        return combine("+", value);
    }

    /** This minus a value or another {@code F}. */
    public F minus(Object value) {
        return combine("-", value);
    }

    /** This times a value or another {@code F}. */
    public F times(Object value) {
        return combine("*", value);
    }

    /** This divided by a value or another {@code F} (integer division for integer columns on most databases). */
    public F dividedBy(Object value) {
        return combine("/", value);
    }

    /** The remainder of this divided by a value or another {@code F} ({@code MOD}); integers give integers. */
    public F mod(Object value) {
        return new F(Expr.Call.standard(dev.tortoise.spi.SqlFunction.MOD, expression, operand(value)));
    }

    /** This raised to the power of a value or another {@code F} ({@code POWER}); a {@code Double}. */
    public F pow(Object value) {
        return new F(Expr.Call.standard(dev.tortoise.spi.SqlFunction.POWER, expression, operand(value)));
    }

    Expr expression() {
        return expression;
    }

    private F combine(String operator, Object value) {
        return new F(new Expr.Arithmetic(expression, operator, operand(value)));
    }

    private static Expr operand(Object value) {
        return value instanceof Expression e ? ExpressionTrees.of(e) : new Expr.Value(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof F f && f.expression.equals(expression);
    }

    @Override
    public int hashCode() {
        return expression.hashCode();
    }

    @Override
    public String toString() {
        return expression.toString();
    }
}
