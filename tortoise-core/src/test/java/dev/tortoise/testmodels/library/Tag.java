package dev.tortoise.testmodels.library;

import dev.tortoise.Model;
import dev.tortoise.fields.CharField;
import dev.tortoise.fields.ManyToManyRelation;

/** TORTOISE-SPEC §5.8. */
public class Tag extends Model {
    @CharField(maxLength = 30, unique = true)
    public String label;

    public ManyToManyRelation<Book> books;
}
