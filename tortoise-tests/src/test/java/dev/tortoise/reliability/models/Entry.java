package dev.tortoise.reliability.models;

import dev.tortoise.Manager;
import dev.tortoise.Model;
import dev.tortoise.fields.CharField;
import dev.tortoise.fields.IntField;

/**
 * One write of the fault tests: a writer's numbered call inserts two entries in one transaction
 * ({@code part} 1 and 2), so a half-written call shows as a lone part.
 */
public class Entry extends Model {
    public static final Manager<Entry> objects = Manager.of(Entry.class);

    @IntField
    public int writer;
    @IntField
    public int call;
    @IntField
    public int part;
    @CharField(maxLength = 40)
    public String payload;
}
