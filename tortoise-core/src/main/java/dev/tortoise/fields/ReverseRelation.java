package dev.tortoise.fields;

import dev.tortoise.Model;
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
public final class ReverseRelation<T extends Model> extends RelationHolder<T> {

    // Created only by Model's constructor (through a private lookup).
    private ReverseRelation(Model owner, String name) {
        super(owner, name);
    }

    /**
     * The related instances: the prefetched ones, or else the result of a query (blocks).
     *
     * @throws dev.tortoise.exceptions.ConfigurationException when the model is not initialised
     */
    @Override
    public List<T> list() {
        return loadedOrQueried();
    }

    /** How many instances are related (always a query; blocks). */
    public long count() {
        return countRelated();
    }
}
