package dev.tortoise.testmodels.schema;

import dev.tortoise.Model;
import dev.tortoise.fields.CharField;
import dev.tortoise.fields.ForeignKeyField;
import dev.tortoise.fields.ManyToManyField;
import dev.tortoise.fields.ManyToManyRelation;
import dev.tortoise.fields.Meta;

/** Upstream's {@code models_no_db_constraint}: key columns and through tables without FOREIGN KEY clauses. */
public final class NoConstraint {
    private NoConstraint() {
    }

    public static class Event extends Model {
        @ForeignKeyField(value = "models.Tournament", relatedName = "events", dbConstraint = false)
        public Tournament tournament;
        @ManyToManyField(value = "models.Team", relatedName = "events", dbConstraint = false,
                createUniqueIndex = false, description = "Who plays")
        public ManyToManyRelation<Team> participants;
    }

    public static class Team extends Model {
        @CharField(maxLength = 20, source = "team_name")
        public String name;
    }

    @Meta(table = "cup")
    public static class Tournament extends Model {
        @CharField(maxLength = 20)
        public String name;
    }
}
