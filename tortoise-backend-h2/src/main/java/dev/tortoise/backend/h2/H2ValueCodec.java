package dev.tortoise.backend.h2;

import dev.tortoise.spi.jdbc.BaseValueCodec;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * H2 keeps rich types: DATETIME is {@code TIMESTAMP(6) WITH TIME ZONE}, which holds an instant and
 * the offset it was written with. A datetime is bound as an {@code OffsetDateTime} at the offset of
 * {@link #storageZone()} (UTC under {@code useTz}, else the configured zone's offset at that
 * instant), so the stored wall time is the one upstream stores, while comparisons and ordering
 * follow the instant whatever the offset. TIME is {@code TIME(6)} bound as a {@code LocalTime}
 * (a wall time in the configured zone), UUID is native, JSON is text and durations are
 * microseconds.
 */
final class H2ValueCodec extends BaseValueCodec {

    H2ValueCodec(boolean useTz, ZoneId timezone) {
        super(useTz, timezone);
    }

    @Override
    protected Object datetimeToDb(Instant value) {
        return OffsetDateTime.ofInstant(value, storageZone());
    }

    @Override
    protected Object uuidToDb(UUID value) {
        return value;
    }
}
