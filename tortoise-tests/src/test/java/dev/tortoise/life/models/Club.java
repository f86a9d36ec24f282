package dev.tortoise.life.models;

import dev.tortoise.Manager;
import dev.tortoise.Model;
import dev.tortoise.fields.BooleanField;
import dev.tortoise.fields.CharField;

/** A club members belong to; a closed club takes no one (see {@link OpenClub}). */
public class Club extends Model {
    public static final Manager<Club> objects = Manager.of(Club.class);

    @CharField(maxLength = 50) public String name;
    @BooleanField public Boolean open = true;
}
