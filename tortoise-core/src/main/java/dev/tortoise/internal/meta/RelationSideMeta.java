package dev.tortoise.internal.meta;

import dev.tortoise.Model;
import java.lang.reflect.Field;

/**
 * What both kinds of relation that live on a model without a column share: the relation's name,
 * the model it lives on, and the Java field bound to it, if one is declared. The field is bound
 * once during init and never changes afterwards.
 */
abstract sealed class RelationSideMeta permits BackwardRelationMeta, ManyToManyMeta {
    private final String name;
    private final ModelMeta model;
    private Field javaField;
    private FieldAccessor accessor;

    RelationSideMeta(String name, ModelMeta model) {
        this.name = name;
        this.model = model;
    }

    /** The relation's name on {@link #model()} ({@code events}). */
    public String name() {
        return name;
    }

    /** The model this relation lives on. */
    public ModelMeta model() {
        return model;
    }

    /** The declared Java field bound to this relation, or null when none is declared. */
    public Field javaField() {
        return javaField;
    }

    /** The accessor of the declared Java field, or null when none is declared. */
    public FieldAccessor accessor() {
        return accessor;
    }

    /** The value of the declared Java field on an instance, or null when none is declared. */
    public Object get(Model instance) {
        return accessor == null ? null : accessor.get(instance);
    }

    void bindJavaField(Field field, FieldAccessor fieldAccessor) {
        this.javaField = field;
        this.accessor = fieldAccessor;
    }
}
