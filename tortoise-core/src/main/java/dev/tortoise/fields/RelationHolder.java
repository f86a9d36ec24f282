package dev.tortoise.fields;

import dev.tortoise.Model;
import dev.tortoise.Q;
import dev.tortoise.QuerySet;
import dev.tortoise.internal.meta.RelationAccess;
import java.util.List;

/**
 * What {@link ManyToManyRelation} and {@link ReverseRelation} share: the owner and relation name
 * they stand for, the instances a prefetch loaded, and the lazy query sets over the related rows.
 * Package-private: callers see only the two public holders.
 *
 * @param <T> the model on the other side
 */
abstract sealed class RelationHolder<T extends Model> permits ManyToManyRelation, ReverseRelation {
    final Model owner;
    final String name;
    // Written by the query layer (prefetchRelated, fetchRelated, changes) through a var handle
    // looked up on the public holder class, hence package-private rather than private.
    volatile List<T> fetched;

    RelationHolder(Model owner, String name) {
        this.owner = owner;
        this.name = name;
    }

    /** The related instances: the prefetched ones, or else the result of a query. */
    public abstract List<T> list();

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

    /** Whether {@link #list()} answers from instances loaded by {@code prefetchRelated}/{@code fetchRelated}. */
    public boolean isFetched() {
        return fetched != null;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + owner.getClass().getSimpleName() + "." + name + "]";
    }

    /** What {@link #list()} answers: the loaded instances, or else a query's (blocks then). */
    @SuppressWarnings("unchecked")
    final List<T> loadedOrQueried() {
        List<T> loaded = fetched;
        return loaded != null ? loaded : (List<T>) RelationAccess.current().list(owner, name);
    }

    /** How many instances are related (always a query; blocks). */
    final long countRelated() {
        return RelationAccess.current().count(owner, name);
    }
}
