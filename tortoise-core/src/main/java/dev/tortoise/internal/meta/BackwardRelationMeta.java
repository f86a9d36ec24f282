package dev.tortoise.internal.meta;

/**
 * The reverse side of a foreign key or one-to-one relation, living on the referenced model under
 * the relation's {@code relatedName}; its {@link #model()} is the foreign key's target. The Java
 * field bound to it, when declared, is a {@code ReverseRelation<T>} for a foreign key and a field
 * of the source model's type for a one-to-one. Immutable after init.
 */
public final class BackwardRelationMeta extends RelationSideMeta {
    private final ForeignKeyMeta relation;

    BackwardRelationMeta(String name, ModelMeta model, ForeignKeyMeta relation) {
        super(name, model);
        this.relation = relation;
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

    @Override
    public String toString() {
        return model().name() + "." + name() + " <- " + relation;
    }
}
