package dev.tortoise;

/**
 * What {@link Manager#getOrCreate} and {@link Manager#updateOrCreate} return: the instance, and
 * whether it was created by the call (upstream's {@code (obj, created)} tuple).
 *
 * @param object  the found or created instance, saved
 * @param created true when the call inserted it
 * @param <T>     the model
 */
public record GetOrCreate<T extends Model>(T object, boolean created) {
}
