/**
 * Aggregates ({@link dev.tortoise.functions.Count}, {@link dev.tortoise.functions.Sum},
 * {@link dev.tortoise.functions.Avg}, {@link dev.tortoise.functions.Min},
 * {@link dev.tortoise.functions.Max}, each with an optional filter) and SQL functions
 * ({@link dev.tortoise.functions.Coalesce}, {@link dev.tortoise.functions.Lower} ...,
 * {@link dev.tortoise.functions.Function#of} for any other): the {@link dev.tortoise.Expression}s
 * that {@code QuerySet.annotate}, {@code aggregate}, {@code values} and filters take.
 */
package dev.tortoise.functions;
