package dev.tortoise.life.models;

import dev.tortoise.Manager;
import dev.tortoise.Model;
import dev.tortoise.fields.BigIntField;
import dev.tortoise.fields.BinaryField;
import dev.tortoise.fields.BooleanField;
import dev.tortoise.fields.CharEnumField;
import dev.tortoise.fields.CharField;
import dev.tortoise.fields.DatetimeField;
import dev.tortoise.fields.DecimalField;
import dev.tortoise.fields.FloatField;
import dev.tortoise.fields.ForeignKeyField;
import dev.tortoise.fields.IntEnumField;
import dev.tortoise.fields.JSONField;
import dev.tortoise.fields.ManyToManyField;
import dev.tortoise.fields.ManyToManyRelation;
import dev.tortoise.fields.TimeDeltaField;
import dev.tortoise.fields.UUIDField;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** A column of every kind, a foreign key and a many-to-many: what JSON output and record projections read. */
public class Fixture extends Model {
    public static final Manager<Fixture> objects = Manager.of(Fixture.class);

    @BigIntField(pk = true) public Long id;
    @CharField(maxLength = 60) public String title;
    @DecimalField(maxDigits = 10, decimalPlaces = 2, nullable = true) public BigDecimal prize;
    @FloatField(nullable = true) public Double rating;
    @DatetimeField(nullable = true) public OffsetDateTime kickoff;
    @TimeDeltaField(nullable = true) public Duration length;
    @CharEnumField(nullable = true) public Surface surface;
    @IntEnumField(nullable = true) public Tier tier;
    @UUIDField(nullable = true) public UUID ref;
    @BinaryField(nullable = true) public byte[] badge;
    @JSONField(nullable = true) public Map<String, Object> extra;
    @BooleanField public Boolean live = false;
    @ForeignKeyField(value = "models.League", relatedName = "fixtures") public League league;
    @ManyToManyField(value = "models.Club", relatedName = "fixtures") public ManyToManyRelation<Club> clubs;
}
