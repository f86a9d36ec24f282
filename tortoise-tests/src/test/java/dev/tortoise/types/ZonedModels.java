package dev.tortoise.types;

import dev.tortoise.Manager;
import dev.tortoise.Model;
import dev.tortoise.fields.DatetimeField;
import dev.tortoise.fields.TimeField;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/** A model of its own for instances opened with useTz and a time zone beside the suite's main instance. */
public final class ZonedModels {
    private ZonedModels() {
    }

    public static class Meeting extends Model {
        public static final Manager<Meeting> objects = Manager.of(Meeting.class);

        @DatetimeField
        public OffsetDateTime at;
        @DatetimeField(nullable = true)
        public LocalDateTime wall;
        @DatetimeField(autoNowAdd = true)
        public OffsetDateTime created;
        @TimeField(nullable = true)
        public LocalTime time;
    }
}
