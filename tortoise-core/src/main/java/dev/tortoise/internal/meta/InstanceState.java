package dev.tortoise.internal.meta;

import dev.tortoise.Model;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-instance bookkeeping that Tortoise keeps beside a model's own fields: whether the row exists
 * in the database, whether the instance is only a primary-key reference (an unfetched foreign
 * key), and the value of an automatic {@code id} that has no Java field. Mutable, not thread-safe,
 * like the model instance it belongs to.
 */
public final class InstanceState {
    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.privateLookupIn(Model.class, MethodHandles.lookup())
                    .findVarHandle(Model.class, "tortoiseState", InstanceState.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private boolean persisted;
    private boolean referenceOnly;
    private boolean partial;
    private Object autoPk;
    private Map<String, List<? extends Model>> fetched;
    private Map<String, Object> annotations;

    /** The state of an instance; never null. */
    public static InstanceState of(Model instance) {
        return (InstanceState) STATE.get(instance);
    }

    /** The value a query put beside the fields under {@code alias} (a raw column, an annotation), or null. */
    public Object annotation(String alias) {
        return annotations == null ? null : annotations.get(alias);
    }

    /** Keeps a value a query put beside the fields. */
    public void annotation(String alias, Object value) {
        if (annotations == null) {
            annotations = new java.util.LinkedHashMap<>();
        }
        annotations.put(alias, value);
    }

    /** Whether the row exists in the database (loaded or saved). */
    public boolean persisted() {
        return persisted;
    }

    /** Marks the instance as saved in (or loaded from) the database. */
    public void persisted(boolean value) {
        this.persisted = value;
    }

    /** Whether the instance only carries a key, as an unfetched foreign-key target does. */
    public boolean referenceOnly() {
        return referenceOnly;
    }

    /** Marks the instance as a key-only reference (or as fully loaded). */
    public void referenceOnly(boolean value) {
        this.referenceOnly = value;
    }

    /** Whether only some fields were loaded ({@code only(...)}); such an instance saves only named fields. */
    public boolean partial() {
        return partial;
    }

    /** Marks the instance as partially loaded. */
    public void partial(boolean value) {
        this.partial = value;
    }

    /**
     * The instances loaded for a reverse or many-to-many relation by {@code fetchRelated} or
     * {@code prefetchRelated}, or null when that relation was not fetched.
     */
    public List<? extends Model> fetched(String relation) {
        return fetched == null ? null : fetched.get(relation);
    }

    /** Remembers the instances loaded for a relation (null forgets them). */
    public void fetched(String relation, List<? extends Model> instances) {
        if (fetched == null) {
            fetched = new HashMap<>(4);
        }
        if (instances == null) {
            fetched.remove(relation);
        } else {
            fetched.put(relation, instances);
        }
    }

    /** The value of the automatic {@code id} key (models that declare no primary key). */
    Object autoPk() {
        return autoPk;
    }

    void autoPk(Object value) {
        this.autoPk = value;
    }
}
