package dev.tortoise.examples.models;

import dev.tortoise.Model;
import dev.tortoise.fields.CharField;
import dev.tortoise.fields.DatetimeField;
import dev.tortoise.fields.Meta;
import java.time.OffsetDateTime;

/** A tournament; it gets an automatic {@code id} primary key. */
@Meta(description = "A competition made of events")
public class Tournament extends Model {
    @CharField(maxLength = 255, dbIndex = true, description = "Tournament name")
    public String name;

    @DatetimeField(autoNowAdd = true)
    public OffsetDateTime created;
}
