package dev.tortoise.reliability.models;

import dev.tortoise.Manager;
import dev.tortoise.Model;
import dev.tortoise.fields.BigIntField;
import dev.tortoise.fields.CharField;
import dev.tortoise.fields.DateField;
import dev.tortoise.fields.DatetimeField;
import dev.tortoise.fields.DecimalField;
import dev.tortoise.fields.FloatField;
import dev.tortoise.fields.IntField;
import dev.tortoise.fields.JSONField;
import dev.tortoise.fields.SmallIntField;
import dev.tortoise.fields.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/** A row of every kind of value the hostile-value tests throw at a backend. */
public class Ledger extends Model {
    public static final Manager<Ledger> objects = Manager.of(Ledger.class);

    @CharField(maxLength = 50)
    public String name;
    @TextField(nullable = true)
    public String notes;
    @DecimalField(maxDigits = 12, decimalPlaces = 2, nullable = true)
    public BigDecimal amount;
    @IntField(nullable = true)
    public Integer count;
    @SmallIntField(nullable = true)
    public Short small;
    @BigIntField(nullable = true)
    public Long big;
    @FloatField(nullable = true)
    public Double ratio;
    @DateField(nullable = true)
    public LocalDate day;
    @DatetimeField(nullable = true)
    public OffsetDateTime at;
    @JSONField(nullable = true)
    public Map<String, Object> doc;
}
