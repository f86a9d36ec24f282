package dev.tortoise.testmodels.schema;

import dev.tortoise.Model;
import dev.tortoise.fields.BooleanField;
import dev.tortoise.fields.CharField;
import dev.tortoise.fields.DecimalField;
import dev.tortoise.fields.Index;
import dev.tortoise.fields.IntField;
import dev.tortoise.fields.ManyToManyField;
import dev.tortoise.fields.ManyToManyRelation;
import dev.tortoise.fields.UniqueTogether;
import java.math.BigDecimal;

/** One holder per failing case of TORTOISE-SPEC §5.1 and of {@code dbDefault} literals. */
public final class BadSchema {
    private BadSchema() {
    }

    public static final class UnknownUnique {
        @UniqueTogether({"name", "nope"})
        public static class Event extends Model {
            @CharField(maxLength = 10)
            public String name;
        }
    }

    public static final class ManyToManyUnique {
        @UniqueTogether({"name", "tags"})
        public static class Event extends Model {
            @CharField(maxLength = 10)
            public String name;
            @ManyToManyField(value = "models.Event", relatedName = "tagged")
            public ManyToManyRelation<Event> tags;
        }
    }

    public static final class UnknownIndex {
        @Index({"nope"})
        public static class Event extends Model {
            @CharField(maxLength = 10)
            public String name;
        }
    }

    public static final class ManyToManyIndex {
        @Index({"tags"})
        public static class Event extends Model {
            @ManyToManyField(value = "models.Event", relatedName = "tagged")
            public ManyToManyRelation<Event> tags;
        }
    }

    public static final class IntDefault {
        public static class Event extends Model {
            @IntField(dbDefault = "forty-two")
            public Integer count;
        }
    }

    public static final class BooleanDefault {
        public static class Event extends Model {
            @BooleanField(dbDefault = "maybe")
            public Boolean open;
        }
    }

    public static final class DecimalDefault {
        public static class Event extends Model {
            @DecimalField(maxDigits = 5, decimalPlaces = 2, dbDefault = "1,5")
            public BigDecimal price;
        }
    }
}
