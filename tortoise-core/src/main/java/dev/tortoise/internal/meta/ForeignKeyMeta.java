package dev.tortoise.internal.meta;

import dev.tortoise.Model;
import dev.tortoise.fields.OnDelete;
import dev.tortoise.internal.validation.FieldRule;
import dev.tortoise.internal.validation.RuleReader;
import java.lang.reflect.Field;
import java.util.List;

/**
 * A foreign key or one-to-one relation ({@link #oneToOne()}) declared by a model field that holds
 * the related instance, either directly (a field of the related model's type) or inside a
 * {@code ForeignKeyRelation} holder; {@link #get} and {@link #set} read and write the instance
 * the same way for both. Its column is {@link #keyField()}. Immutable after init.
 */
public final class ForeignKeyMeta {
    private final String name;
    private final boolean oneToOne;
    private final ModelMeta model;
    private final ModelMeta target;
    private final FieldMeta targetField;
    private final OnDelete onDelete;
    private final String relatedName;
    private final boolean dbConstraint;
    private final boolean nullable;
    private final boolean unique;
    private final boolean indexed;
    private final boolean pk;
    private final String description;
    private final Field javaField;
    private final FieldAccessor accessor;
    private final List<FieldRule> rules;
    private FieldMeta keyField;
    private BackwardRelationMeta backward;

    ForeignKeyMeta(RelationDeclaration.Key d, ModelMeta model, ModelMeta target, FieldMeta targetField, String relatedName) {
        this.name = d.name();
        this.oneToOne = d.kind() == RelationDeclaration.Kind.ONE_TO_ONE;
        this.model = model;
        this.target = target;
        this.targetField = targetField;
        this.onDelete = d.onDelete();
        this.relatedName = relatedName;
        this.dbConstraint = d.dbConstraint();
        this.nullable = d.nullable();
        this.unique = oneToOne || d.unique();
        this.indexed = d.indexed();
        this.pk = d.pk();
        this.description = d.description();
        this.javaField = d.javaField();
        this.accessor = d.accessor();
        // built here, not when the annotation is read: the related model's class is known only now
        this.rules = RuleReader.read(javaField, target.modelClass(), d.validators());
    }

    /** The validators of the related instance, made at init. */
    public List<FieldRule> rules() {
        return rules;
    }

    /** The Java field name ({@code tournament}). */
    public String name() {
        return name;
    }

    /** Whether this is a one-to-one relation (its key column is unique). */
    public boolean oneToOne() {
        return oneToOne;
    }

    /** The declaring model. */
    public ModelMeta model() {
        return model;
    }

    /** The referenced model. */
    public ModelMeta target() {
        return target;
    }

    /** The referenced field: {@code toField}, or the target's primary key. */
    public FieldMeta targetField() {
        return targetField;
    }

    /** The key column's field, {@code <name>_id}. */
    public FieldMeta keyField() {
        return keyField;
    }

    /** What the database does when the referenced row is deleted. */
    public OnDelete onDelete() {
        return onDelete;
    }

    /** The name of the backward relation on the target, or null when suppressed with {@code "+"}. */
    public String relatedName() {
        return relatedName;
    }

    /** The backward relation on the target, or null when suppressed. */
    public BackwardRelationMeta backward() {
        return backward;
    }

    /** Whether the DDL declares the REFERENCES constraint. */
    public boolean dbConstraint() {
        return dbConstraint;
    }

    /** Whether the key column accepts NULL. */
    public boolean nullable() {
        return nullable;
    }

    /** Whether the key column is unique (always for one-to-one). */
    public boolean unique() {
        return unique;
    }

    /** Whether the key column asked for its own index. */
    public boolean indexed() {
        return indexed;
    }

    /** Whether the key is the declaring model's primary key (one-to-one only). */
    public boolean pk() {
        return pk;
    }

    /** The key column's comment, or null. */
    public String description() {
        return description;
    }

    /** The Java field holding the related instance. */
    public Field javaField() {
        return javaField;
    }

    /** The related instance held by {@code instance} (possibly a key-only reference), or null. */
    public Model get(Model instance) {
        return (Model) accessor.get(instance);
    }

    /** Sets the related instance. */
    public void set(Model instance, Model related) {
        accessor.set(instance, related);
    }

    void bindKeyField(FieldMeta key) {
        this.keyField = key;
    }

    void bindBackward(BackwardRelationMeta relation) {
        this.backward = relation;
    }

    @Override
    public String toString() {
        return model.name() + "." + name + " -> " + target.fullName();
    }
}
