package dev.tortoise.life.diary;

import dev.tortoise.Manager;
import dev.tortoise.Model;
import dev.tortoise.fields.JSONField;

/** A JSON field holding a record with a {@code LocalDate}. */
public class DiaryEntry extends Model {
    public static final Manager<DiaryEntry> objects = Manager.of(DiaryEntry.class);

    @JSONField public Visit visit;
}
