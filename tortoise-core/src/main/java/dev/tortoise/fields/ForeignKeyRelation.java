package dev.tortoise.fields;

import dev.tortoise.Model;
import dev.tortoise.internal.meta.RelationAccess;

/**
 * The forward side of a foreign key or one-to-one, held as a relation rather than as the related
 * instance (upstream's {@code ForeignKeyRelation[T]}). Declare the field with this type to get a
 * related instance that loads itself on first use:
 *
 * <pre>{@code
 * @ForeignKeyField("models.Author") public ForeignKeyRelation<Author> author;
 *
 * Post post = Post.objects.get("id", 42);     // one query: the post, with author_id
 * post.author.id();                            // the key, no query
 * post.author.get().name;                      // one query, the first time only
 * }</pre>
 *
 * <p>Tortoise sets a holder into every such field when an instance is constructed, so the field is
 * never null; an empty relation (a NULL key) is a holder whose {@link #get()} returns null. What it
 * holds is kept exactly as the plain-typed form keeps the related instance: a query fills it with a
 * key-only reference, {@code selectRelated}, {@code prefetchRelated} and {@code fetchRelated} with
 * the loaded instance (then {@link #get()} needs no query), and {@link #set} with what you give.
 *
 * <p>Like the model instance it belongs to, a holder is meant for one thread at a time.
 *
 * @param <T> the related model
 */
public final class ForeignKeyRelation<T extends Model> {
    private final Model owner;
    private final String name;
    // Read and written by the query layer through a var handle (internal.meta.ForeignKeyHolders),
    // which fills it without a load.
    private volatile T value;

    // Created only by Model's constructor (through a private lookup).
    private ForeignKeyRelation(Model owner, String name) {
        this.owner = owner;
        this.name = name;
    }

    /**
     * The related instance: the one already loaded, or else loaded now with one query and kept, so
     * that later calls need none. The query goes through the normal query layer, so it runs in the
     * calling thread's transaction on the model's connection when there is one. Null when the
     * relation is empty. Blocks when it loads.
     *
     * @throws dev.tortoise.exceptions.DoesNotExistException when the key refers to no row (possible
     *         only without a database constraint); the message names the relation and the key
     * @throws dev.tortoise.exceptions.ConfigurationException when the model is not part of an open
     *         {@code Tortoise} instance
     */
    @SuppressWarnings("unchecked")
    public T get() {
        T current = value;
        if (current == null || current.isFetched()) {
            return current;
        }
        T loaded = (T) RelationAccess.current().load(owner, name, current);
        value = loaded;
        return loaded;
    }

    /**
     * The key of the related row (the referenced field's value, usually the related primary key),
     * without a query; null when the relation is empty or the related instance was never saved.
     *
     * @throws dev.tortoise.exceptions.ConfigurationException when the model is not part of an open
     *         {@code Tortoise} instance
     */
    public Object id() {
        return RelationAccess.current().key(owner, name);
    }

    /**
     * Whether {@link #get()} answers without a query: the related instance was loaded (by
     * {@code selectRelated}, {@code prefetchRelated}, {@code fetchRelated}, an earlier
     * {@code get()}, or given with {@link #set}), or the relation is empty.
     */
    public boolean isFetched() {
        T current = value;
        return current == null || current.isFetched();
    }

    /**
     * Points the relation at another instance (null empties it). The change is stored by the
     * owner's next {@code save()}; an instance that was never saved is refused then, since it has no
     * key yet.
     */
    public void set(T related) {
        this.value = related;
    }

    /** {@code ForeignKeyRelation[Post.author -> Author{id=7, name=Ann}]}; never queries. */
    @Override
    public String toString() {
        return "ForeignKeyRelation[" + owner.getClass().getSimpleName() + "." + name + " -> " + value + "]";
    }
}
