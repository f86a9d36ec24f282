package dev.tortoise.lifecycle.models;

import dev.tortoise.Model;
import dev.tortoise.fields.CharField;
import dev.tortoise.fields.ForeignKeyField;

public class Event extends Model {
    @CharField(maxLength = 100)
    public String name;

    @ForeignKeyField("models.Tournament")
    public Tournament tournament;
}
