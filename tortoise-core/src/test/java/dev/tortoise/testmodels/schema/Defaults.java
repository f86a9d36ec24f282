package dev.tortoise.testmodels.schema;

import dev.tortoise.Model;
import dev.tortoise.fields.BooleanField;
import dev.tortoise.fields.CharField;
import dev.tortoise.fields.DatetimeField;
import dev.tortoise.fields.DecimalField;
import dev.tortoise.fields.FloatField;
import dev.tortoise.fields.IntField;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** DDL defaults come only from {@code dbDefault} ([B], API.md decision 7). */
public final class Defaults {
    private Defaults() {
    }

    public static class Thing extends Model {
        @IntField(dbDefault = "42")
        public Integer count = 7;
        @CharField(maxLength = 20, dbDefault = "it's")
        public String label;
        @BooleanField(dbDefault = "true")
        public Boolean open;
        @BooleanField(dbDefault = "0")
        public Boolean shut;
        @FloatField(nullable = true, dbDefault = "NULL")
        public Double ratio;
        @DecimalField(maxDigits = 5, decimalPlaces = 2, dbDefault = "3.14")
        public BigDecimal price;
        @DatetimeField(autoNowAdd = true)
        public OffsetDateTime created;
        @IntField(dbDefault = "-1", description = "Level")
        public Integer level;
    }
}
