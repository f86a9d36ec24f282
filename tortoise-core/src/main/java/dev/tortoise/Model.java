package dev.tortoise;

import dev.tortoise.internal.meta.InstanceState;
import dev.tortoise.internal.meta.ModelMeta;
import dev.tortoise.internal.meta.ModelText;
import dev.tortoise.internal.runtime.OpenModels;
import dev.tortoise.internal.meta.RelationHolderPlan;
import dev.tortoise.internal.query.ModelPersister;

/**
 * Base class of every model. Subclasses declare persisted fields with the annotations of
 * {@link dev.tortoise.fields}; a Java {@code abstract} subclass is an abstract model whose fields
 * are inherited.
 *
 * <p>A model class belongs to at most one open {@link Tortoise} instance at a time. The
 * {@link dev.tortoise.fields.ReverseRelation}, {@link dev.tortoise.fields.ManyToManyRelation} and
 * {@link dev.tortoise.fields.ForeignKeyRelation} fields of every instance are set by this
 * constructor, so they are never null.
 *
 * <p>Instances are equal by concrete class and primary key, and print as
 * {@code Event{id=1, name=Final}}.
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
     * A value a query put beside this instance's fields under {@code alias}: an annotation
     * ({@link QuerySet#annotate}, typed by its expression: a {@code Long} for {@code Count}, a
     * {@code String} for {@code Lower} ...), or a column of {@link Manager#raw} that is no field;
     * null when there is none.
     */
    public Object annotation(String alias) {
        return dev.tortoise.internal.meta.InstanceState.of(this).annotation(alias);
    }

    /**
     * A new, unsaved copy of this instance without its primary key (upstream's {@code clone()}): its
     * {@code save()} inserts a new row. Fields and foreign keys are copied, many-to-many links are not.
     */
    @SuppressWarnings("unchecked")
    public <T extends Model> T cloneInstance() {
        return (T) dev.tortoise.internal.query.InstanceCopies.cloneOf(OpenModels.meta(getClass()), this);
    }

    /**
     * Sets fields from a map (upstream's {@code update_from_dict}) and checks them as a save would,
     * without saving. A relation's name takes an instance of its model; its key field
     * ({@code tournament_id}) takes the key. Numbers are converted when nothing is lost. On any
     * failure no field changes.
     *
     * @throws dev.tortoise.exceptions.FieldException      for a key that names no settable field, listing those that are
     * @throws dev.tortoise.exceptions.ValidationException for a value of the wrong type or one the field's checks refuse
     */
    public void updateFromMap(java.util.Map<String, ?> values) {
        dev.tortoise.internal.query.InstanceCopies.update(OpenModels.meta(getClass()), this,
                java.util.Objects.requireNonNull(values, "values"));
    }

    /**
     * Saves this instance: an INSERT when it is new (filling a generated key and {@code autoNow},
     * {@code autoNowAdd} and random UUID values), an UPDATE of every field when it was loaded or
     * saved before. An UPDATE that finds no row (deleted meanwhile) raises
     * {@link dev.tortoise.exceptions.DoesNotExistException} instead of changing nothing; with a
     * {@link dev.tortoise.fields.VersionField} it also checks that nobody saved the row since it was
     * read. Values are validated before the database is touched. The pre-save and post-save
     * signals run around the write ({@link dev.tortoise.signals.Signals}). Blocks; joins the calling
     * thread's transaction on the model's connection.
     *
     * @throws dev.tortoise.exceptions.ValidationException naming the model and field of a value that does not fit
     * @throws dev.tortoise.exceptions.IntegrityException  when the database refuses the row
     * @throws dev.tortoise.exceptions.OperationalException for a partial instance (loaded with {@code only})
     * @throws dev.tortoise.exceptions.DoesNotExistException when the row to update no longer exists
     * @throws dev.tortoise.exceptions.OptimisticLockException when another writer saved or deleted a
     *         versioned row since this instance read it
     */
    public void save() {
        ModelPersister.save(this, SaveOptions.defaults());
    }

    /**
     * Updates only the named fields (relation names stand for their key columns), also on a new
     * instance whose key is set (upstream {@code update_fields}).
     *
     * @throws dev.tortoise.exceptions.FieldException for an unknown field name
     * @throws dev.tortoise.exceptions.DoesNotExistException when no row has the instance's key
     */
    public void save(String... updateFields) {
        ModelPersister.save(this, SaveOptions.defaults().updateFields(updateFields));
    }

    /**
     * Saves as {@code options} say: {@link SaveOptions#forceCreate()} always inserts,
     * {@link SaveOptions#forceUpdate()} always updates by key, {@code .updateFields(...)} names the
     * columns of an update. Signals, validation and the version check apply as for {@link #save()}.
     *
     * @throws dev.tortoise.exceptions.DoesNotExistException when an update finds no row with the key
     * @throws dev.tortoise.exceptions.OptimisticLockException when the model has a
     *         {@link dev.tortoise.fields.VersionField} and the row changed since it was read
     * @throws dev.tortoise.exceptions.IntegrityException when a forced insert's key exists
     */
    public void save(SaveOptions options) {
        ModelPersister.save(this, java.util.Objects.requireNonNull(options, "options"));
    }

    /**
     * Deletes this instance's row; the database applies the ON DELETE rules of relations pointing
     * at it. The pre-delete and post-delete signals run around it. Blocks.
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
     * Checks the instance as a whole before it is written: override it for rules that span fields
     * ({@code end} after {@code start}) and throw a {@link dev.tortoise.exceptions.ValidationException}
     * to refuse the write. The default does nothing. Tortoise calls it before any SQL of
     * {@code save}, {@code Manager.create}, {@code bulkCreate} and {@code bulkUpdate} (once per
     * instance), after every field passed its own checks, its validators and any Jakarta Bean
     * Validation constraints. Calling it yourself runs only your checks.
     */
    public void validate() {
    }

    /**
     * Whether this instance holds its row: false only for a key-only reference, which is what a
     * plain-typed foreign-key field holds after a query without {@code selectRelated},
     * {@code prefetchRelated} or {@code fetchRelated} (only its primary key is set; its other fields
     * are null until {@code fetchRelated} on the owner, or {@link #refreshFromDb}, loads them).
     * Instances you create, save or load are fetched.
     */
    public boolean isFetched() {
        return !InstanceState.of(this).referenceOnly();
    }

    /**
     * Equal when of the same concrete class with equal, non-null primary keys, as upstream compares
     * models. An instance without a primary key (not saved yet) equals only itself.
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || other.getClass() != getClass()) {
            return false;
        }
        Object key = key(this);
        return key != null && key.equals(key(other));
    }

    /**
     * The hash of the concrete class and the primary key; an instance without a primary key hashes
     * by identity. Saving a new instance changes its hash, so put instances into hash-based
     * collections after they are saved.
     */
    @Override
    public int hashCode() {
        Object key = key(this);
        return key == null ? System.identityHashCode(this) : 31 * getClass().hashCode() + key.hashCode();
    }

    /**
     * {@code Event{id=1, name=Final, prize=99.50}}: the primary key, then the data fields, without
     * relations and without fields whose name looks secret ({@code password}, {@code token}, ...).
     * A key-only reference prints as {@code Author{id=7, not fetched}}. Never queries.
     */
    @Override
    public String toString() {
        return ModelText.of(this, OpenModels.find(getClass()));
    }

    /** The primary key, or null when there is none yet or the model is not part of an open instance. */
    private static Object key(Object instance) {
        ModelMeta meta = OpenModels.find(instance.getClass());
        return meta == null ? null : meta.pk().get((Model) instance);
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
