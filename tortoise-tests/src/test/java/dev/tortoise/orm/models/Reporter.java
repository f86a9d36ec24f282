package dev.tortoise.orm.models;

import dev.tortoise.Manager;
import dev.tortoise.Model;
import dev.tortoise.fields.CharField;
import dev.tortoise.fields.ReverseRelation;
import dev.tortoise.fields.TextField;

public class Reporter extends Model {
    public static final Manager<Reporter> objects = Manager.of(Reporter.class);

    @CharField(maxLength = 50)
    public String name;

    @TextField(nullable = true)
    public String bio;

    public ReverseRelation<Event> events;
}
