package dev.tortoise.firsthour.loose;

import dev.tortoise.Model;
import dev.tortoise.fields.ForeignKeyRelation;
import dev.tortoise.fields.IntField;

/** A {@code ForeignKeyRelation} without a relation annotation: init must refuse it. */
public class Unannotated extends Model {
    @IntField(pk = true)
    public Integer id;

    public ForeignKeyRelation<Unannotated> parent;
}
