package dev.tortoise.firsthour.models;

import dev.tortoise.Manager;
import dev.tortoise.Model;
import dev.tortoise.fields.CharField;
import dev.tortoise.fields.IntField;
import dev.tortoise.fields.ReverseRelation;

/** An author; {@code password} and {@code apiToken} look secret and never print. */
public class Author extends Model {
    public static final Manager<Author> objects = Manager.of(Author.class);

    @IntField(pk = true)
    public Integer id;

    @CharField(maxLength = 100)
    public String name;

    @CharField(maxLength = 100, nullable = true)
    public String password;

    @CharField(maxLength = 100, nullable = true)
    public String apiToken;

    public ReverseRelation<Post> posts;

    /** A saved author. */
    public static Author named(String name) {
        return objects.create(a -> a.name = name);
    }
}
