package dev.tortoise.fields;

import dev.tortoise.Model;
import dev.tortoise.Q;
import dev.tortoise.QuerySet;
import dev.tortoise.internal.meta.RelationAccess;
import java.util.List;

/**
 * The reverse side of a foreign key: the instances of another model whose foreign key points at
 * the owner. Declare a field of this type named like the foreign key's {@code relatedName} to get
 * it bound; Tortoise sets it on every instance, so it is never null.
 *
 * <p>{@link #list()} queries the database each time, unless the relation was loaded with
 * {@code prefetchRelated} or {@code fetchRelated}: then it returns what was loaded, without a
 * query. {@link #all()} and {@link #filter} return lazy query sets that always query.
 *
 * @param <T> the model holding the foreign key
 */
public final class ReverseRelation<T extends Model> {
    private final Model owner;
    private final String name;
    // Written by the query layer (prefetchRelated, fetchRelated) through a var handle.
    @SuppressWarnings("unused")
    private volatile List<T> fetched;

    // Created only by Model's constructor (through a private lookup).
    private ReverseRelation(Model owner, String name) {
        this.owner = owner;
        this.name = name;
    }

    /**
     * The related instances: the prefetched ones, or else the result of a query (blocks).
     *
     * @throws dev.tortoise.exceptions.ConfigurationException when the model is not initialised
     */
    @SuppressWarnings("unchecked")
    public List<T> list() {
        List<T> loaded = fetched;
        return loaded != null ? loaded : (List<T>) RelationAccess.current().list(owner, name);
    }

    /** A query set of the related instances (lazy; each terminal call queries). */
    @SuppressWarnings("unchecked")
    public QuerySet<T> all() {
        return (QuerySet<T>) RelationAccess.current().all(owner, name);
    }

    /** The related instances that match a lookup, as a lazy query set. */
    public QuerySet<T> filter(String lookup, Object value) {
        return all().filter(lookup, value);
    }

    /** The related instances that match a condition, as a lazy query set. */
    public QuerySet<T> filter(Q condition) {
        return all().filter(condition);
    }

    /** How many instances are related (always a query; blocks). */
    public long count() {
        return RelationAccess.current().count(owner, name);
    }

    /** Whether {@link #list()} answers from instances loaded by {@code prefetchRelated}/{@code fetchRelated}. */
    public boolean isFetched() {
        return fetched != null;
    }

    @Override
    public String toString() {
        return "ReverseRelation[" + owner.getClass().getSimpleName() + "." + name + "]";
    }
}
