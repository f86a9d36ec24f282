package dev.tortoise.internal.query;

import dev.tortoise.Model;
import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.internal.meta.FieldMeta;
import dev.tortoise.internal.meta.ModelMeta;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.UUID;

/**
 * Values the ORM fills in before a write: {@code autoNow} fields on every save, {@code autoNowAdd}
 * fields on insert when empty, random UUID primary keys on insert, a {@code defaultSupplier}'s value
 * for a field that is null on insert, and version 1 on insert. "Now" is one instant per
 * save, in the configured time zone, truncated to microseconds as every database stores it.
 */
final class AutoValues {
    private AutoValues() {
    }

    /** Fills the values an insert needs. */
    static void beforeInsert(ModelMeta meta, Model instance, ZoneId zone, Instant now) {
        for (FieldMeta field : meta.fields()) {
            if (field.version()) {
                field.set(instance, VersionValues.first(field));
            } else if (field.autoNow() || field.autoNowAdd() && field.get(instance) == null) {
                field.set(instance, now(field, zone, now));
            } else if (field.randomUuidDefault() && field.get(instance) == null) {
                field.set(instance, UUID.randomUUID());
            } else if (field.defaultSupplier() != null && field.get(instance) == null) {
                field.set(instance, field.defaultSupplier().get());
            }
        }
    }

    /** Fills the {@code autoNow} fields among those an update writes. */
    static void beforeUpdate(Collection<FieldMeta> written, Model instance, ZoneId zone, Instant now) {
        for (FieldMeta field : written) {
            if (field.autoNow()) {
                field.set(instance, now(field, zone, now));
            }
        }
    }

    /** One instant per statement, at the precision databases keep. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static Object now(FieldMeta field, ZoneId zone, Instant now) {
        Class<?> type = field.javaType();
        if (type == OffsetDateTime.class) {
            return OffsetDateTime.ofInstant(now, zone);
        }
        if (type == Instant.class) {
            return now;
        }
        if (type == LocalDateTime.class) {
            return LocalDateTime.ofInstant(now, zone);
        }
        if (type == ZonedDateTime.class) {
            return ZonedDateTime.ofInstant(now, zone);
        }
        if (type == LocalTime.class) {
            return LocalTime.ofInstant(now, zone);
        }
        if (type == OffsetTime.class) {
            return OffsetTime.ofInstant(now, zone);
        }
        throw new ConfigurationException(field.model().name() + "." + field.name() + ": autoNow/autoNowAdd needs a"
                + " date-time or time Java type (OffsetDateTime, Instant, LocalDateTime, LocalTime), not "
                + type.getSimpleName());
    }
}
