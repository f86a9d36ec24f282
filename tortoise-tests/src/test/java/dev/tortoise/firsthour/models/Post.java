package dev.tortoise.firsthour.models;

import dev.tortoise.Manager;
import dev.tortoise.Model;
import dev.tortoise.fields.CharField;
import dev.tortoise.fields.ForeignKeyField;
import dev.tortoise.fields.ForeignKeyRelation;
import dev.tortoise.fields.IntField;
import dev.tortoise.fields.OnDelete;

/** Both forms of a foreign key: held in a {@code ForeignKeyRelation}, and plain-typed. */
public class Post extends Model {
    public static final Manager<Post> objects = Manager.of(Post.class);

    @IntField(pk = true)
    public Integer id;

    @CharField(maxLength = 200)
    public String title;

    @ForeignKeyField(value = "models.Author", relatedName = "posts")
    public ForeignKeyRelation<Author> author;

    @ForeignKeyField(value = "models.Author", relatedName = "edited", nullable = true, onDelete = OnDelete.SET_NULL)
    public Author editor;

    /** No constraint in the database, so its key can outlive the row it names. */
    @ForeignKeyField(value = "models.Author", relatedName = "+", nullable = true, dbConstraint = false)
    public ForeignKeyRelation<Author> reviewer;
}
