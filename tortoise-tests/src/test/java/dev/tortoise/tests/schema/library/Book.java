package dev.tortoise.tests.schema.library;

import dev.tortoise.Model;
import dev.tortoise.fields.BigIntField;
import dev.tortoise.fields.CharField;
import dev.tortoise.fields.DecimalField;
import dev.tortoise.fields.ForeignKeyField;
import dev.tortoise.fields.ManyToManyField;
import dev.tortoise.fields.ManyToManyRelation;
import dev.tortoise.fields.UniqueTogether;
import java.math.BigDecimal;

/** TORTOISE-SPEC §5.8: a BIGINT key, a foreign key, a many-to-many and a unique_together. */
@UniqueTogether({"title", "author"})
public class Book extends Model {
    @BigIntField(pk = true)
    public Long id;
    @CharField(maxLength = 200)
    public String title;
    @DecimalField(maxDigits = 10, decimalPlaces = 2, nullable = true)
    public BigDecimal price;
    @ForeignKeyField(value = "models.Author", relatedName = "books")
    public Author author;
    @ManyToManyField(value = "models.Tag", relatedName = "books")
    public ManyToManyRelation<Tag> tags;
}
