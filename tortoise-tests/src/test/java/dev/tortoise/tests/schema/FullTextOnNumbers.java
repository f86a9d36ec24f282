package dev.tortoise.tests.schema;

import dev.tortoise.Model;
import dev.tortoise.fields.CharField;
import dev.tortoise.fields.Index;
import dev.tortoise.fields.IntField;

/** A full-text index over a number, which schema generation refuses (FullTextSchemaGoldenTest). */
final class FullTextOnNumbers {
    private FullTextOnNumbers() {
    }

    /** Scores, searched by their points. */
    @Index(value = {"name", "points"}, fullText = true)
    public static class Score extends Model {
        @CharField(maxLength = 20) public String name;
        @IntField public Integer points;
    }
}
