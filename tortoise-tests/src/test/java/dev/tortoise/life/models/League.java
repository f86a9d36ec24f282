package dev.tortoise.life.models;

import dev.tortoise.Manager;
import dev.tortoise.Model;
import dev.tortoise.fields.CharField;
import dev.tortoise.fields.DateField;
import dev.tortoise.fields.IntField;
import dev.tortoise.fields.Meta;
import java.time.LocalDate;

/** The target of {@link Fixture#league}; its reverse relation {@code fixtures} is not declared as a field. */
@Meta(description = "A league of fixtures")
public class League extends Model {
    public static final Manager<League> objects = Manager.of(League.class);

    @IntField(pk = true) public Integer id;
    @CharField(maxLength = 40, description = "Display name") public String name;
    @DateField(nullable = true) public LocalDate founded;
}
