package dev.tortoise.life.models;

import dev.tortoise.Manager;
import dev.tortoise.Model;
import dev.tortoise.fields.CharField;
import dev.tortoise.fields.DatetimeField;
import dev.tortoise.fields.IntField;
import dev.tortoise.fields.UUIDField;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Every kind of default: Java-side (supplier, random UUID key, auto times) and database-side (literal, SQL). */
public class Reading extends Model {
    public static final Manager<Reading> objects = Manager.of(Reading.class);

    @UUIDField(pk = true) public UUID id;
    @CharField(maxLength = 20, defaultSupplier = LabelSupplier.class) public String label;
    @IntField(dbDefault = "7") public Integer level;
    @CharField(maxLength = 10, dbDefault = "new") public String state;
    @DatetimeField(dbDefaultSql = "CURRENT_TIMESTAMP") public OffsetDateTime stamped;
    @DatetimeField(autoNowAdd = true) public OffsetDateTime created;
    @DatetimeField(autoNow = true) public OffsetDateTime touched;
}
