package dev.tortoise.fields;

import dev.tortoise.Model;
import dev.tortoise.Q;
import dev.tortoise.QuerySet;
import dev.tortoise.internal.meta.RelationAccess;
import java.util.List;

/**
 * One side of a many-to-many relation. A field of this type carries {@link ManyToManyField} on the
 * declaring side; on the other side an un-annotated field named like the {@code relatedName} is
 * bound. Tortoise sets it on every instance, so it is never null.
 *
 * <p>{@link #list()} queries the database each time, unless the relation was loaded with
 * {@code prefetchRelated} or {@code fetchRelated}: then it returns what was loaded until
 * {@link #add}, {@link #remove} or {@link #clear} changes the relation. Every other method blocks
 * on the database.
 *
 * @param <T> the model on the other side
 */
public final class ManyToManyRelation<T extends Model> {
    private final Model owner;
    private final String name;
    // Written by the query layer (prefetchRelated, fetchRelated, changes) through a var handle.
    @SuppressWarnings("unused")
    private volatile List<T> fetched;

    // Created only by Model's constructor (through a private lookup).
    private ManyToManyRelation(Model owner, String name) {
        this.owner = owner;
        this.name = name;
    }

    /** The related instances: the prefetched ones, or else the result of a query. */
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

    /** How many instances are related (always a query). */
    public long count() {
        return RelationAccess.current().count(owner, name);
    }

    /** Whether {@link #list()} answers from instances loaded by {@code prefetchRelated}/{@code fetchRelated}. */
    public boolean isFetched() {
        return fetched != null;
    }

    /**
     * Links the given saved instances; ones already linked are left as they are.
     *
     * @throws dev.tortoise.exceptions.OperationalException when the owner or an instance was never saved
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    public final void add(T... others) {
        RelationAccess.current().add(owner, name, others);
    }

    /**
     * Unlinks the given instances.
     *
     * @throws dev.tortoise.exceptions.OperationalException when no instance is given
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // the array is only read, never stored or exposed
    public final void remove(T... others) {
        RelationAccess.current().remove(owner, name, others);
    }

    /** Unlinks every instance. */
    public void clear() {
        RelationAccess.current().clear(owner, name);
    }

    @Override
    public String toString() {
        return "ManyToManyRelation[" + owner.getClass().getSimpleName() + "." + name + "]";
    }
}
