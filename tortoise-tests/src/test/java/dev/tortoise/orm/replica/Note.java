package dev.tortoise.orm.replica;

import dev.tortoise.Manager;
import dev.tortoise.Model;
import dev.tortoise.fields.CharField;

/** The one model of the replica test: written on the primary, read on the replica. */
public class Note extends Model {
    public static final Manager<Note> objects = Manager.of(Note.class);

    @CharField(maxLength = 100)
    public String text;

    public static Note written(String text) {
        return objects.create(n -> n.text = text);
    }
}
