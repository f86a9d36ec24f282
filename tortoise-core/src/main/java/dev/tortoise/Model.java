package dev.tortoise;

import dev.tortoise.internal.meta.InstanceState;
import dev.tortoise.internal.runtime.OpenModels;
import dev.tortoise.internal.meta.RelationHolderPlan;
import dev.tortoise.internal.query.ModelPersister;

/**
 * Base class of every model. Subclasses declare persisted fields with the annotations of
 * {@link dev.tortoise.fields}; a Java {@code abstract} subclass is an abstract model whose fields
 * are inherited.
 *
 * <p>A model class belongs to at most one open {@link Tortoise} instance at a time. The
 * {@link dev.tortoise.fields.ReverseRelation} and {@link dev.tortoise.fields.ManyToManyRelation}
 * fields of every instance are set by this constructor, so they are never null.
 */
public abstract class Model {
    // Read by dev.tortoise.internal.meta.InstanceState through a private lookup.
    @SuppressWarnings("unused")
    private final transient InstanceState tortoiseState = new InstanceState();

    /** Subclasses need a no-argument constructor, which may be non-public. */
    // The holders only capture 'this'; they are not used before the subclass is constructed.
    @SuppressWarnings("this-escape")
    protected Model() {
        RelationHolderPlan.of(getClass()).install(this);
    }

    /**
     * The primary key value: the value of the field declared {@code pk = true}, or of the automatic
     * {@code id}. {@code null} while a generated key has not been assigned by a save.
     *
     * @throws dev.tortoise.exceptions.ConfigurationException when the model's class is not part of
     *         an open {@link Tortoise} instance
     */
    public Object pk() {
        return OpenModels.meta(getClass()).pk().get(this);
    }

    /**
     * Saves this instance: an INSERT when it is new (filling a generated key and {@code autoNow},
     * {@code autoNowAdd} and random UUID values), an UPDATE of every field when it was loaded or
     * saved before. Values are validated before the database is touched. Blocks; joins the calling
     * thread's transaction on the model's connection.
     *
     * @throws dev.tortoise.exceptions.ValidationException naming the model and field of a value that does not fit
     * @throws dev.tortoise.exceptions.IntegrityException  when the database refuses the row
     * @throws dev.tortoise.exceptions.OperationalException for a partial instance (loaded with {@code only})
     */
    public void save() {
        ModelPersister.save(this);
    }

    /**
     * Updates only the named fields (relation names stand for their key columns), also on a new
     * instance whose key is set (upstream {@code update_fields}).
     *
     * @throws dev.tortoise.exceptions.FieldException for an unknown field name
     */
    public void save(String... updateFields) {
        ModelPersister.save(this, updateFields);
    }

    /**
     * Deletes this instance's row; the database applies the ON DELETE rules of relations pointing
     * at it. Blocks.
     *
     * @throws dev.tortoise.exceptions.OperationalException when the instance was never saved
     */
    public void delete() {
        ModelPersister.delete(this);
    }

    /**
     * Reloads the named fields (all when none are named) from the database. Blocks.
     *
     * @throws dev.tortoise.exceptions.OperationalException  when the instance was never saved
     * @throws dev.tortoise.exceptions.DoesNotExistException when its row no longer exists
     */
    public void refreshFromDb(String... fields) {
        ModelPersister.refresh(this, fields);
    }

    /**
     * Loads relations by name ({@code "tournament"}, {@code "events"}, {@code "participants"},
     * nested as {@code "events__participants"}) with one query per relation: a foreign key then
     * holds the full related instance, and reverse and many-to-many holders answer {@code list()}
     * without a query. Blocks.
     *
     * @throws dev.tortoise.exceptions.FieldException for a name that is not a relation
     */
    public void fetchRelated(String... relations) {
        ModelPersister.fetchRelated(this, relations);
    }
}
