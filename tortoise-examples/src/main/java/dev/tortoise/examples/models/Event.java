package dev.tortoise.examples.models;

import dev.tortoise.Model;
import dev.tortoise.fields.BigIntField;
import dev.tortoise.fields.CharField;
import dev.tortoise.fields.DecimalField;
import dev.tortoise.fields.ForeignKeyField;
import dev.tortoise.fields.OnDelete;
import dev.tortoise.fields.UniqueTogether;
import java.math.BigDecimal;

/** An event of a tournament. */
@UniqueTogether({"name", "tournament"})
public class Event extends Model {
    @BigIntField(pk = true)
    public Long id;

    @CharField(maxLength = 255)
    public String name;

    @DecimalField(maxDigits = 10, decimalPlaces = 2, nullable = true)
    public BigDecimal prize;

    @ForeignKeyField(value = "models.Tournament", relatedName = "events", onDelete = OnDelete.CASCADE)
    public Tournament tournament;
}
