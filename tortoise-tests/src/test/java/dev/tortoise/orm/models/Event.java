package dev.tortoise.orm.models;

import dev.tortoise.Manager;
import dev.tortoise.Model;
import dev.tortoise.fields.CharEnumField;
import dev.tortoise.fields.CharField;
import dev.tortoise.fields.DatetimeField;
import dev.tortoise.fields.DecimalField;
import dev.tortoise.fields.ForeignKeyField;
import dev.tortoise.fields.IntField;
import dev.tortoise.fields.ManyToManyField;
import dev.tortoise.fields.ManyToManyRelation;
import dev.tortoise.fields.OnDelete;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

public class Event extends Model {
    public static final Manager<Event> objects = Manager.of(Event.class);

    public enum Status { PLANNED, RUNNING, DONE }

    @IntField(pk = true)
    public Integer id;

    @CharField(maxLength = 255)
    public String name;

    @ForeignKeyField(value = "models.Tournament", relatedName = "events", onDelete = OnDelete.CASCADE)
    public Tournament tournament;

    @ForeignKeyField(value = "models.Reporter", relatedName = "events", nullable = true, onDelete = OnDelete.SET_NULL)
    public Reporter reporter;

    @ManyToManyField(value = "models.Team", relatedName = "events")
    public ManyToManyRelation<Team> participants;

    @DecimalField(maxDigits = 10, decimalPlaces = 2, nullable = true)
    public BigDecimal prize;

    @IntField(nullable = true)
    public Integer rank;

    @CharEnumField(nullable = true)
    public Status status;

    @DatetimeField(nullable = true)
    public OffsetDateTime start;

    @DatetimeField(autoNow = true)
    public OffsetDateTime modified;

    public Address address;

    public static Event of(String name, Tournament tournament) {
        return objects.create(e -> {
            e.name = name;
            e.tournament = tournament;
        });
    }
}
