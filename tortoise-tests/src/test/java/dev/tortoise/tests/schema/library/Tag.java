package dev.tortoise.tests.schema.library;

import dev.tortoise.Model;
import dev.tortoise.fields.CharField;

/** TORTOISE-SPEC §5.8: a unique label. */
public class Tag extends Model {
    @CharField(maxLength = 30, unique = true)
    public String label;
}
