package dev.tortoise.bench.crud.model;

import dev.tortoise.Model;
import dev.tortoise.fields.CharField;
import dev.tortoise.fields.DatetimeField;
import dev.tortoise.fields.SmallIntField;
import java.time.OffsetDateTime;

/**
 * The columns every CRUD shape shares, as upstream's benchmark declares them: {@code timestamp} set
 * on insert, {@code level} (one of 10…50) and {@code text}, both indexed, after the automatic
 * {@code id}. A Java {@code abstract} model: it has no table of its own, each shape's {@code Journal}
 * inherits its fields.
 */
public abstract class JournalModel extends Model {

    /** Set to now by the insert. */
    @DatetimeField(autoNowAdd = true)
    public OffsetDateTime timestamp;

    /** One of {@link Levels#ALL}. */
    @SmallIntField(dbIndex = true)
    public Short level;

    /** Free text, {@code "Insert from A, item 7"} and the like. */
    @CharField(maxLength = 255, dbIndex = true)
    public String text;
}
