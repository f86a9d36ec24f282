/** Aggregates for {@code QuerySet.annotate}: {@link dev.tortoise.functions.Count}, {@link dev.tortoise.functions.Sum}, {@link dev.tortoise.functions.Avg}, {@link dev.tortoise.functions.Min}, {@link dev.tortoise.functions.Max}. */
package dev.tortoise.functions;
