package dev.tortoise.tests.schema.library;

import dev.tortoise.Model;
import dev.tortoise.fields.CharField;
import dev.tortoise.fields.Meta;

/** TORTOISE-SPEC §5.8: automatic id, an indexed name with a comment, a table comment. */
@Meta(description = "Authors")
public class Author extends Model {
    @CharField(maxLength = 100, dbIndex = true, description = "Pen name")
    public String name;
}
