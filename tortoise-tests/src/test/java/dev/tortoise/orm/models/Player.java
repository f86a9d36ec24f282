package dev.tortoise.orm.models;

import dev.tortoise.Manager;
import dev.tortoise.Model;
import dev.tortoise.fields.BooleanField;
import dev.tortoise.fields.CharField;
import dev.tortoise.fields.IntField;
import dev.tortoise.fields.Meta;
import dev.tortoise.fields.UUIDField;
import java.util.UUID;

/** A model with a UUID key, a default ordering and a primitive field. */
@Meta(ordering = {"-score", "name"})
public class Player extends Model {
    public static final Manager<Player> objects = Manager.of(Player.class);

    @UUIDField(pk = true)
    public UUID id;

    @CharField(maxLength = 40)
    public String name;

    @IntField
    public int score;

    @BooleanField
    public Boolean active = true;
}
