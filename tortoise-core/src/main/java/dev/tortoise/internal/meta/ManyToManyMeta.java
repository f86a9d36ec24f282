package dev.tortoise.internal.meta;

import dev.tortoise.fields.OnDelete;

/**
 * One side of a many-to-many relation through a join table. The declared side has
 * {@link #generated()} false; the other side, added to the target under the related name, has it
 * true, the same through table and the keys swapped. The Java field bound to a side, when
 * declared, is a {@code ManyToManyRelation}. Immutable after init.
 */
public final class ManyToManyMeta extends RelationSideMeta {

    /** The join table and its two key columns. */
    record JoinTable(String table, String forwardKey, String backwardKey) {
    }

    private final ModelMeta target;
    private final String through;
    private final String forwardKey;
    private final String backwardKey;
    private final String relatedName;
    private final boolean createUniqueIndex;
    private final boolean dbConstraint;
    private final String description;
    private final boolean generated;
    private final RelationDeclaration.ManyToMany declared;
    private ManyToManyMeta reverse;

    private ManyToManyMeta(String name, ModelMeta model, ModelMeta target, JoinTable join, String relatedName,
                           RelationDeclaration.ManyToMany declared, boolean generated) {
        super(name, model);
        this.target = target;
        this.through = join.table();
        this.forwardKey = join.forwardKey();
        this.backwardKey = join.backwardKey();
        this.relatedName = relatedName;
        this.createUniqueIndex = declared.createUniqueIndex();
        this.dbConstraint = declared.dbConstraint();
        this.description = declared.description();
        this.generated = generated;
        this.declared = declared;
    }

    /** The declared side of a relation, on {@code model}, with its resolved names. */
    static ManyToManyMeta declared(RelationDeclaration.ManyToMany d, ModelMeta model, ModelMeta target, JoinTable join,
                                   String relatedName) {
        return new ManyToManyMeta(d.name(), model, target, join, relatedName, d, false);
    }

    /** The side the resolver adds to the target under the related name: same join table, keys swapped. */
    ManyToManyMeta otherSide() {
        return new ManyToManyMeta(relatedName, target, model(), new JoinTable(through, backwardKey, forwardKey),
                name(), declared, true);
    }

    /** The model on the other side. */
    public ModelMeta target() {
        return target;
    }

    /** The join table. */
    public String through() {
        return through;
    }

    /** The join column referring to {@link #target()}'s primary key. */
    public String forwardKey() {
        return forwardKey;
    }

    /** The join column referring to {@link #model()}'s primary key. */
    public String backwardKey() {
        return backwardKey;
    }

    /** The other side's name, or null when the declared side suppressed it with {@code "+"}. */
    public String relatedName() {
        return relatedName;
    }

    /** Whether the join table gets a unique index over (backward key, forward key). */
    public boolean createUniqueIndex() {
        return createUniqueIndex;
    }

    /** Whether the join table declares REFERENCES constraints. */
    public boolean dbConstraint() {
        return dbConstraint;
    }

    /** The join table's comment, or null. */
    public String description() {
        return description;
    }

    /** True for the side added by the resolver to the target (upstream {@code _generated}). */
    public boolean generated() {
        return generated;
    }

    /** The ON DELETE action of the join table's keys: always CASCADE. */
    public OnDelete onDelete() {
        return OnDelete.CASCADE;
    }

    /** The other side of the relation, or null when the declared side suppressed it. */
    public ManyToManyMeta reverse() {
        return reverse;
    }

    void bindReverse(ManyToManyMeta other) {
        this.reverse = other;
    }

    @Override
    public String toString() {
        return model().name() + "." + name() + " <-> " + target.fullName() + " through " + through;
    }
}
