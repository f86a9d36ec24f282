package dev.tortoise.testmodels.typed;

import dev.tortoise.Model;
import dev.tortoise.fields.BooleanField;
import dev.tortoise.fields.CharEnumField;
import dev.tortoise.fields.CharField;
import dev.tortoise.fields.DatetimeField;
import dev.tortoise.fields.DecimalField;
import dev.tortoise.fields.ForeignKeyField;
import dev.tortoise.fields.IntEnum;
import dev.tortoise.fields.IntEnumField;
import dev.tortoise.fields.IntField;
import dev.tortoise.fields.JSONField;
import dev.tortoise.fields.UUIDField;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Models for value conversion and validation tests (app "typed"). */
public final class TypedModels {
    private TypedModels() {
    }

    public enum Size implements IntEnum {
        SMALL(1), LARGE(2);

        private final int value;

        Size(int value) {
            this.value = value;
        }

        @Override
        public int value() {
            return value;
        }
    }

    public enum Finish { MATT, GLOSSY_WITH_EXTRA_SHINE }

    public record Part(String name, int count) {
    }

    public static class Maker extends Model {
        @CharField(maxLength = 20)
        public String name;
    }

    public static class Gadget extends Model {
        @CharField(maxLength = 5)
        public String code;
        @CharField(maxLength = 10, nullable = true)
        public String nickname;
        @DecimalField(maxDigits = 5, decimalPlaces = 2, nullable = true)
        public BigDecimal price;
        @IntEnumField(nullable = true)
        public Size size;
        @CharEnumField(maxLength = 6, nullable = true)
        public Finish finish;
        @JSONField(nullable = true)
        public List<Part> parts;
        @DatetimeField(autoNowAdd = true)
        public OffsetDateTime created;
        @BooleanField(dbDefault = "1")
        public Boolean active;
        @IntField
        public int count;
        @ForeignKeyField(value = "typed.Maker", relatedName = "gadgets")
        public Maker maker;
    }

    public static class Ticket extends Model {
        @UUIDField(pk = true)
        public UUID id;
    }
}
