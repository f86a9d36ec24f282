package dev.tortoise.tests.schema;

import dev.tortoise.Model;
import dev.tortoise.fields.BigIntField;
import dev.tortoise.fields.BinaryField;
import dev.tortoise.fields.BooleanField;
import dev.tortoise.fields.CharEnumField;
import dev.tortoise.fields.CharField;
import dev.tortoise.fields.DateField;
import dev.tortoise.fields.DatetimeField;
import dev.tortoise.fields.DecimalField;
import dev.tortoise.fields.FloatField;
import dev.tortoise.fields.ForeignKeyField;
import dev.tortoise.fields.Index;
import dev.tortoise.fields.IntEnum;
import dev.tortoise.fields.IntEnumField;
import dev.tortoise.fields.IntField;
import dev.tortoise.fields.JSONField;
import dev.tortoise.fields.ManyToManyField;
import dev.tortoise.fields.ManyToManyRelation;
import dev.tortoise.fields.Meta;
import dev.tortoise.fields.OnDelete;
import dev.tortoise.fields.OneToOneField;
import dev.tortoise.fields.SmallIntField;
import dev.tortoise.fields.TextField;
import dev.tortoise.fields.TimeDeltaField;
import dev.tortoise.fields.TimeField;
import dev.tortoise.fields.UUIDField;
import dev.tortoise.fields.UniqueTogether;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * Every field type of TORTOISE-SPEC §5.5 with nullability, uniques, indexes, defaults and
 * comments (AllTypes); every kind of relation (Owner, Pet, Passport). Models of app "models".
 */
public final class Kitchen {
    private Kitchen() {
    }

    public enum Color { RED, GREEN, BLUE_ISH }

    public enum Level implements IntEnum {
        LOW(1), HIGH(2);

        private final int value;

        Level(int value) {
            this.value = value;
        }

        @Override
        public int value() {
            return value;
        }
    }

    @Meta(description = "Every field type; it's \"all\" of them")
    @Index({"small", "big"})
    @UniqueTogether({"chars", "date"})
    public static class AllTypes extends Model {
        @IntField
        public Integer integer;
        @BigIntField(nullable = true)
        public Long big;
        @SmallIntField(dbIndex = true)
        public Short small;
        @CharField(maxLength = 50, unique = true, description = "It's a \"char\"\nsecond line \\ */")
        public String chars;
        @TextField(nullable = true)
        public String text;
        @BooleanField(dbDefault = "true")
        public Boolean flag;
        @DecimalField(maxDigits = 10, decimalPlaces = 3, nullable = true)
        public BigDecimal decimal;
        @DatetimeField(nullable = true)
        public OffsetDateTime datetime;
        @DateField
        public LocalDate date;
        @TimeField(nullable = true)
        public LocalTime time;
        @TimeDeltaField(nullable = true)
        public Duration delta;
        @FloatField(dbDefault = "1.5")
        public Double ratio;
        @JSONField(nullable = true)
        public Map<String, Object> json;
        @UUIDField(nullable = true)
        public UUID uuid;
        @BinaryField(nullable = true)
        public byte[] blob;
        @IntEnumField(dbDefault = "1")
        public Level level;
        @CharEnumField
        public Color color;
        @CharField(maxLength = 20, source = "label_col", dbDefault = "none")
        public String label;
    }

    public static class Owner extends Model {
        @UUIDField(pk = true)
        public UUID id;
        @CharField(maxLength = 30, unique = true)
        public String code;
    }

    public static class Passport extends Model {
        @OneToOneField(value = "models.Pet", pk = true, relatedName = "passport")
        public Pet pet;
        @CharField(maxLength = 10)
        public String number;
    }

    public static class Pet extends Model {
        @ForeignKeyField(value = "models.Owner", relatedName = "pets", onDelete = OnDelete.RESTRICT,
                description = "Who feeds it")
        public Owner owner;
        @ForeignKeyField(value = "models.Owner", relatedName = "fostered", nullable = true,
                onDelete = OnDelete.SET_NULL, toField = "code", sourceField = "foster_code")
        public Owner foster;
        @ForeignKeyField(value = "models.Owner", relatedName = "+", dbConstraint = false, nullable = true)
        public Owner ghost;
        @OneToOneField(value = "models.Owner", relatedName = "favourite", nullable = true, onDelete = OnDelete.SET_NULL)
        public Owner fan;
        @ManyToManyField(value = "models.Owner", relatedName = "visited", through = "pet_visits",
                forwardKey = "visitor", backwardKey = "pet", description = "Visits")
        public ManyToManyRelation<Owner> visitors;
    }
}
