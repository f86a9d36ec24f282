package dev.tortoise;

/**
 * Base class of every model. Subclasses declare persisted fields with the annotations of
 * {@link dev.tortoise.fields}; a Java {@code abstract} subclass is an abstract model whose fields
 * are inherited.
 *
 * <p>A model class belongs to at most one open {@link Tortoise} instance at a time.
 */
public abstract class Model {

    /** Subclasses need a no-argument constructor, which may be non-public. */
    protected Model() {
    }
}
