package dev.tortoise.fields;

import dev.tortoise.Model;
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
public final class ManyToManyRelation<T extends Model> extends RelationHolder<T> {

    // Created only by Model's constructor (through a private lookup).
    private ManyToManyRelation(Model owner, String name) {
        super(owner, name);
    }

    /** The related instances: the prefetched ones, or else the result of a query. */
    @Override
    public List<T> list() {
        return loadedOrQueried();
    }

    /** How many instances are related (always a query). */
    public long count() {
        return countRelated();
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
}
