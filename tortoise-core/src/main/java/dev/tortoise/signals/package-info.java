/**
 * Lifecycle signals of models (upstream {@code tortoise.signals}): listeners registered with
 * {@link dev.tortoise.signals.Signals} or model methods annotated {@link dev.tortoise.signals.PreSave},
 * {@link dev.tortoise.signals.PostSave}, {@link dev.tortoise.signals.PreDelete} and
 * {@link dev.tortoise.signals.PostDelete}, run around {@code save()} and {@code delete()} in the
 * caller's thread and transaction. Annotated methods are found once, at init; a save runs the
 * prepared method handles and listener lists, nothing reflective.
 */
package dev.tortoise.signals;
