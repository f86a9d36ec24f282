package dev.tortoise;

import dev.tortoise.functions.Aggregate;
import dev.tortoise.functions.Function;

/**
 * Something the database computes: a field ({@link F}), a literal ({@link Value}), an aggregate
 * ({@code Count.of("events")}), a function ({@code Lower.of("name")}), a {@link Case}, a
 * {@link Subquery}, an {@link OuterRef} or {@link RawSql}. Any of them can be given to
 * {@link QuerySet#annotate(String, Expression)}, {@link QuerySet#aggregate(java.util.Map)},
 * {@link QuerySet#values(java.util.Map)}, compared in a filter ({@code filter("prize__gt", expr)}),
 * or stored by {@code update}.
 *
 * <p>Where an expression takes an argument, a {@code String} names a field (or a
 * {@code relation__field} path, or an annotation's alias), an {@code Expression} is computed, and
 * any other value is a literal bound as a parameter; wrap a literal text in {@link Value#of} so it is
 * not read as a field name. ({@link Case} is the exception: its results are literals unless they
 * are expressions.) Names are checked when the query runs: an unknown one is a
 * {@link dev.tortoise.exceptions.FieldException} listing the valid ones.
 *
 * <p>Immutable and thread-safe. The set of implementations is closed, so the query compiler knows
 * every kind.
 */
public sealed interface Expression permits F, Value, Case, Case.Open, Subquery, OuterRef, RawSql, Aggregate, Function {
}
