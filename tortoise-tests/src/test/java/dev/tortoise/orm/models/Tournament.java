package dev.tortoise.orm.models;

import dev.tortoise.Manager;
import dev.tortoise.Model;
import dev.tortoise.fields.CharField;
import dev.tortoise.fields.DatetimeField;
import dev.tortoise.fields.IntField;
import dev.tortoise.fields.ReverseRelation;
import java.time.OffsetDateTime;

public class Tournament extends Model {
    public static final Manager<Tournament> objects = Manager.of(Tournament.class);

    @IntField(pk = true)
    public Integer id;

    @CharField(maxLength = 100)
    public String name;

    @DatetimeField(autoNowAdd = true)
    public OffsetDateTime created;

    public ReverseRelation<Event> events;

    public static Tournament named(String name) {
        return objects.create(t -> t.name = name);
    }
}
