package dev.tortoise.internal.query;

import dev.tortoise.exceptions.ParamsException;
import dev.tortoise.internal.meta.FieldMeta;
import java.util.Set;

/**
 * Turns {@code F} expressions into SQL: field references become columns (joined when they cross a
 * relation), values are bound, arithmetic is parenthesised.
 */
final class ExprCompiler {
    private static final Set<String> OPERATORS = Set.of("+", "-", "*", "/");

    private final PathResolver resolver;

    ExprCompiler(PathResolver resolver) {
        this.resolver = resolver;
    }

    /**
     * Compiles an expression.
     *
     * <p>Columns appear in their comparable form, since arithmetic and comparisons need numbers
     * even where SQLite keeps decimals as text.
     *
     * @param hint the field whose codec converts non-numeric values in the expression, or null
     */
    SqlText compile(Expr expr, FieldMeta hint) {
        return switch (expr) {
            case Expr.FieldRef ref -> {
                Target t = resolver.resolve(ref.path(), PathResolver.Usage.VALUES);
                yield new SqlText().append(t.field() != null ? resolver.codec().comparableColumn(t.field(), t.sql())
                        : t.sql());
            }
            case Expr.Value value -> {
                Object v = value.value();
                yield new SqlText().param(v == null || v instanceof Number || hint == null ? v
                        : resolver.codec().toDb(hint, v));
            }
            case Expr.Arithmetic a -> {
                if (!OPERATORS.contains(a.operator())) {
                    throw new ParamsException("Unknown operator " + a.operator() + " in " + a + "; use + - * /");
                }
                yield new SqlText().append("(").append(compile(a.left(), hint)).append(a.operator())
                        .append(compile(a.right(), hint)).append(")");
            }
        };
    }

}
