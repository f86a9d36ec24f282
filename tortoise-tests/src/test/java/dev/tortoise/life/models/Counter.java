package dev.tortoise.life.models;

import dev.tortoise.Manager;
import dev.tortoise.Model;
import dev.tortoise.fields.IntField;
import dev.tortoise.fields.VersionField;

/** A version in a primitive {@code long} under another column name. */
public class Counter extends Model {
    public static final Manager<Counter> objects = Manager.of(Counter.class);

    @IntField public int hits;
    @VersionField(source = "rev") public long revision;
}
