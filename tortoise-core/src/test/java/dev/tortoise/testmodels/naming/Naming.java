package dev.tortoise.testmodels.naming;

import dev.tortoise.Model;
import dev.tortoise.fields.BooleanField;
import dev.tortoise.fields.CharEnumField;
import dev.tortoise.fields.CharField;
import dev.tortoise.fields.DatetimeField;
import dev.tortoise.fields.ForeignKeyField;
import dev.tortoise.fields.IntEnum;
import dev.tortoise.fields.IntEnumField;
import dev.tortoise.fields.IntField;
import dev.tortoise.fields.ManyToManyField;
import dev.tortoise.fields.ManyToManyRelation;
import dev.tortoise.fields.Meta;
import dev.tortoise.fields.OnDelete;
import dev.tortoise.fields.OneToOneField;
import dev.tortoise.fields.ReverseRelation;
import dev.tortoise.fields.UUIDField;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Models for the naming rules of tables, columns, keys and relations (app "naming"). */
public final class Naming {
    private Naming() {
    }

    public static class TeamAddress extends Model {
        @CharField(maxLength = 50)
        public String streetName;
        @IntField(source = "zip_code_col")
        public Integer zip;
        @ForeignKeyField(to = Team.class)
        public Team homeTeam;
        @ForeignKeyField(value = "naming.Team", sourceField = "fk_team", relatedName = "+")
        public Team awayTeam;
        @ForeignKeyField(value = "naming.Team", relatedName = "addressesByCode", toField = "code", nullable = true,
                onDelete = OnDelete.SET_NULL, description = "by code")
        public Team byCode;
    }

    @Meta(table = "sometable")
    public static class Team extends Model {
        @CharField(maxLength = 20, unique = true)
        public String code;
        public ReverseRelation<TeamAddress> addressesByCode;
    }

    public static class Person extends Model {
        @ManyToManyField(value = "naming.Person", relatedName = "friendOf")
        public ManyToManyRelation<Person> friends;
        public ManyToManyRelation<Person> friendOf;
        public Profile profile;
    }

    public static class Profile extends Model {
        @OneToOneField(value = "naming.Person", pk = true, relatedName = "profile")
        public Person person;
        @CharField(maxLength = 30)
        public String bio;
    }

    public abstract static class Stamped extends Model {
        @DatetimeField(autoNowAdd = true)
        public OffsetDateTime createdAt;
    }

    public static class Article extends Stamped {
        @IntField(pk = true)
        public Integer articleId;
        @CharField(maxLength = 80)
        public String title;
    }

    public enum Color { RED, GREEN, BLUE }

    public enum Priority implements IntEnum {
        LOW(1), HIGH(10);

        private final int value;

        Priority(int value) {
            this.value = value;
        }

        @Override
        public int value() {
            return value;
        }
    }

    public static class Settings extends Model {
        @UUIDField(pk = true)
        public UUID id;
        @IntField
        public Integer retries = 3;
        @CharField(maxLength = 10)
        public String mode = "fast";
        @BooleanField
        public boolean active = true;
        @CharEnumField
        public Color color = Color.GREEN;
        @IntEnumField(nullable = true)
        public Priority priority;
    }
}
