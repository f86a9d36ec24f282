package dev.tortoise.types.models;

import dev.tortoise.Manager;
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
import dev.tortoise.fields.IntEnum;
import dev.tortoise.fields.IntEnumField;
import dev.tortoise.fields.IntField;
import dev.tortoise.fields.JSONField;
import dev.tortoise.fields.SmallIntField;
import dev.tortoise.fields.TextField;
import dev.tortoise.fields.TimeDeltaField;
import dev.tortoise.fields.TimeField;
import dev.tortoise.fields.UUIDField;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One column of every field type with the Java types API.md lists; every column nullable but {@code name}. */
public class Gear extends Model {
    public static final Manager<Gear> objects = Manager.of(Gear.class);

    public enum Grade implements IntEnum {
        LOW(-1), MID(5), TOP(32767);

        private final int value;

        Grade(int value) {
            this.value = value;
        }

        @Override
        public int value() {
            return value;
        }
    }

    public enum Colour { RED, ULTRAVIOLET }

    public record Part(String name, int count) {
    }

    @CharField(maxLength = 20)
    public String name;
    @IntField(nullable = true)
    public Integer count;
    @IntField
    public int rank;
    @BigIntField(nullable = true)
    public Long big;
    @SmallIntField(nullable = true)
    public Short small;
    @TextField(nullable = true)
    public String notes;
    @BooleanField(nullable = true)
    public Boolean active;
    @DecimalField(maxDigits = 12, decimalPlaces = 3, nullable = true)
    public BigDecimal price;
    @DatetimeField(nullable = true)
    public OffsetDateTime at;
    @DatetimeField(nullable = true)
    public Instant instant;
    @DatetimeField(nullable = true)
    public LocalDateTime local;
    @DateField(nullable = true)
    public LocalDate day;
    @TimeField(nullable = true)
    public LocalTime time;
    @TimeDeltaField(nullable = true)
    public Duration span;
    @FloatField(nullable = true)
    public Double ratio;
    @JSONField(nullable = true)
    public List<Part> parts;
    @JSONField(nullable = true)
    public Map<String, Object> doc;
    @UUIDField(nullable = true)
    public UUID token;
    @BinaryField(nullable = true)
    public byte[] blob;
    @IntEnumField(nullable = true)
    public Grade grade;
    @CharEnumField(nullable = true)
    public Colour colour;
}
