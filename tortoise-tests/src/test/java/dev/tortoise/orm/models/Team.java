package dev.tortoise.orm.models;

import dev.tortoise.Manager;
import dev.tortoise.Model;
import dev.tortoise.fields.CharField;
import dev.tortoise.fields.ManyToManyRelation;

public class Team extends Model {
    public static final Manager<Team> objects = Manager.of(Team.class);

    @CharField(maxLength = 50, unique = true)
    public String name;

    public ManyToManyRelation<Event> events;

    public static Team named(String name) {
        return objects.create(t -> t.name = name);
    }
}
