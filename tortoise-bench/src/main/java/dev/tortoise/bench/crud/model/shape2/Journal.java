package dev.tortoise.bench.crud.model.shape2;

import dev.tortoise.bench.crud.model.JournalModel;
import dev.tortoise.fields.ForeignKeyField;
import dev.tortoise.fields.ManyToManyField;
import dev.tortoise.fields.ManyToManyRelation;
import dev.tortoise.fields.ReverseRelation;

/**
 * Shape 2: shape 1 plus a nullable self reference {@code parent} (ON DELETE CASCADE) and a self
 * many-to-many through {@code journal_journal}, which the suite never fills. Both backward sides are
 * declared, as every upstream instance carries them.
 */
public class Journal extends JournalModel {

    /** Never set by the suite: every row's {@code parent_id} is NULL. */
    @ForeignKeyField(value = "models.Journal", relatedName = "children", nullable = true)
    public Journal parent;

    /** Through {@code journal_journal}; empty. */
    @ManyToManyField(value = "models.Journal", relatedName = "relatedFrom")
    public ManyToManyRelation<Journal> related;

    /** Backward side of {@link #parent}. */
    public ReverseRelation<Journal> children;

    /** Backward side of {@link #related}. */
    public ManyToManyRelation<Journal> relatedFrom;
}
