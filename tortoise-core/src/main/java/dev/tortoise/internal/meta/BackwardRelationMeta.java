package dev.tortoise.internal.meta;

import dev.tortoise.Model;
import java.lang.reflect.Field;

/**
 * The reverse side of a foreign key or one-to-one relation, living on the referenced model under
 * the relation's {@code relatedName}. Immutable after init.
 */
public final class BackwardRelationMeta {
    private final String name;
    private final ModelMeta model;
    private final ForeignKeyMeta relation;
    private Field javaField;
    private FieldAccessor accessor;

    BackwardRelationMeta(String name, ModelMeta model, ForeignKeyMeta relation) {
        this.name = name;
        this.model = model;
        this.relation = relation;
    }

    /** The relation's name on this model ({@code events}). */
    public String name() {
        return name;
    }

    /** The model this relation lives on (the foreign key's target). */
    public ModelMeta model() {
        return model;
    }

    /** The model holding the foreign key. */
    public ModelMeta sourceModel() {
        return relation.model();
    }

    /** The foreign key this is the reverse of. */
    public ForeignKeyMeta relation() {
        return relation;
    }

    /** Whether this is the reverse of a one-to-one relation (a single instance, not a list). */
    public boolean oneToOne() {
        return relation.oneToOne();
    }

    /** Upstream reports a reverse foreign key nullable iff the key is, a reverse one-to-one always. */
    public boolean nullable() {
        return relation.oneToOne() || relation.nullable();
    }

    /** The foreign key's description, or null. */
    public String description() {
        return relation.description();
    }

    /**
     * The declared Java field bound to this relation ({@code ReverseRelation<T>} for a foreign key,
     * a field of the source model's type for a one-to-one), or null when none is declared.
     */
    public Field javaField() {
        return javaField;
    }

    /** The accessor of the declared Java field, or null when none is declared. */
    public FieldAccessor accessor() {
        return accessor;
    }

    /** The value of the declared Java field, or null when none is declared. */
    public Object get(Model instance) {
        return accessor == null ? null : accessor.get(instance);
    }

    void bindJavaField(Field field, FieldAccessor fieldAccessor) {
        this.javaField = field;
        this.accessor = fieldAccessor;
    }

    @Override
    public String toString() {
        return model.name() + "." + name + " <- " + relation;
    }
}
