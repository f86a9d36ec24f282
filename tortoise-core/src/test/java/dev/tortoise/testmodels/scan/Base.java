package dev.tortoise.testmodels.scan;

import dev.tortoise.Model;
import dev.tortoise.fields.IntField;

/** Abstract: never discovered, but its fields are inherited. */
public abstract class Base extends Model {
    @IntField
    public Integer inherited;
}
