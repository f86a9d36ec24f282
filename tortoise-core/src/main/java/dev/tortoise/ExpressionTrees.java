package dev.tortoise;

import dev.tortoise.functions.Aggregate;
import dev.tortoise.functions.Cast;
import dev.tortoise.functions.Coalesce;
import dev.tortoise.functions.Concat;
import dev.tortoise.functions.Function;
import dev.tortoise.functions.Length;
import dev.tortoise.functions.Lower;
import dev.tortoise.functions.Now;
import dev.tortoise.functions.Random;
import dev.tortoise.functions.Substring;
import dev.tortoise.functions.Trim;
import dev.tortoise.functions.Upper;
import dev.tortoise.internal.query.Expr;
import dev.tortoise.spi.SqlFunction;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the public {@link Expression}s into the query layer's {@link Expr} data. Lives here
 * because {@code Q}, {@code F}, {@code Case} and {@code Subquery} keep their content
 * package-private; the functions expose theirs through public accessors.
 */
final class ExpressionTrees {
    private ExpressionTrees() {
    }

    /** The data of an expression. */
    static Expr of(Expression expression) {
        return switch (expression) {
            case F f -> f.expression();
            case Value v -> new Expr.Value(v.value());
            case Case c -> caseOf(c);
            case Case.Open open -> caseOf(open.closed());
            case Subquery s -> new Expr.Sub(s.query().spec(), s.field());
            case OuterRef r -> new Expr.Outer(r.field());
            case RawSql r -> new Expr.Raw(r.sql(), r.params());
            case Aggregate a -> new Expr.Aggregated(a.function(), a.field(), a.distinct(),
                    a.filter() == null ? null : a.filter().condition());
            case Function fn -> function(fn);
        };
    }

    /** An argument of a function: a {@code String} names a field, an expression is computed, anything else is a literal. */
    private static Expr argument(Object x) {
        return switch (x) {
            case String path -> new Expr.FieldRef(path);
            case Expression e -> of(e);
            default -> new Expr.Value(x);
        };
    }

    /** A result of a CASE: an expression is computed, anything else (text included) is a literal. */
    private static Expr literal(Object x) {
        return x instanceof Expression e ? of(e) : new Expr.Value(x);
    }

    private static Expr caseOf(Case c) {
        List<Expr.Branch> branches = new ArrayList<>();
        for (Case.When when : c.whens()) {
            branches.add(new Expr.Branch(when.condition().condition(), literal(when.result())));
        }
        return new Expr.CaseWhen(branches, literal(c.otherwise()));
    }

    private static Expr function(Function fn) {
        List<Expr> args = fn.arguments().stream().map(ExpressionTrees::argument).toList();
        SqlFunction standard = switch (fn) {
            case Cast cast -> null;
            case Now now -> null;
            case Coalesce x -> SqlFunction.COALESCE;
            case Lower x -> SqlFunction.LOWER;
            case Upper x -> SqlFunction.UPPER;
            case Trim x -> SqlFunction.TRIM;
            case Length x -> SqlFunction.LENGTH;
            case Concat x -> SqlFunction.CONCAT;
            case Substring x -> SqlFunction.SUBSTRING;
            case Random x -> SqlFunction.RANDOM;
            default -> null;
        };
        if (fn instanceof Cast cast) {
            return new Expr.Cast(args.getFirst(), cast.type());
        }
        if (fn instanceof Now) {
            return new Expr.Now();
        }
        return new Expr.Call(fn.name(), standard, args);
    }
}
