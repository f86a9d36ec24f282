package dev.tortoise.testmodels.schema;

import dev.tortoise.Model;
import dev.tortoise.fields.CharField;
import dev.tortoise.fields.ForeignKeyField;
import dev.tortoise.fields.Index;
import dev.tortoise.fields.IntField;
import dev.tortoise.fields.ManyToManyField;
import dev.tortoise.fields.ManyToManyRelation;
import dev.tortoise.fields.Meta;

/**
 * Creation order (TORTOISE-SPEC §5.2): Event waits for Tournament, TeamEvents owns the through
 * table of Event.participants (so that table is not generated), Team has a self many-to-many.
 */
public final class Ordering {
    private Ordering() {
    }

    public static class Event extends Model {
        @CharField(maxLength = 50)
        public String name;
        @ForeignKeyField(value = "models.Tournament", relatedName = "events")
        public Tournament tournament;
        @ManyToManyField(value = "models.Team", through = "teamevents", relatedName = "events")
        public ManyToManyRelation<Team> participants;
    }

    public static class Team extends Model {
        @CharField(maxLength = 50, pk = true)
        public String name;
        @ManyToManyField(value = "models.Team", relatedName = "friend_of")
        public ManyToManyRelation<Team> friends;
    }

    @Meta(table = "teamevents")
    public static class TeamEvents extends Model {
        @ForeignKeyField(value = "models.Event", relatedName = "+", dbConstraint = false)
        public Event event;
        @ForeignKeyField(value = "models.Team", relatedName = "+")
        public Team team;
    }

    @Index({"name"})
    public static class Tournament extends Model {
        @IntField(pk = true, generated = false)
        public Integer id;
        @CharField(maxLength = 100, dbIndex = true)
        public String name;
    }
}
