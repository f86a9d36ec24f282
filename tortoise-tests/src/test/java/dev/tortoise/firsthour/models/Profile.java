package dev.tortoise.firsthour.models;

import dev.tortoise.Manager;
import dev.tortoise.Model;
import dev.tortoise.fields.ForeignKeyRelation;
import dev.tortoise.fields.IntField;
import dev.tortoise.fields.OneToOneField;
import dev.tortoise.fields.TextField;

/** A one-to-one held in a {@code ForeignKeyRelation}. */
public class Profile extends Model {
    public static final Manager<Profile> objects = Manager.of(Profile.class);

    @IntField(pk = true)
    public Integer id;

    @OneToOneField(value = "models.Author", relatedName = "profile")
    public ForeignKeyRelation<Author> author;

    @TextField(nullable = true)
    public String bio;
}
