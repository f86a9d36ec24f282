package dev.tortoise.backend.postgres;

import dev.tortoise.exceptions.ValidationException;
import dev.tortoise.spi.jdbc.BaseValueCodec;
import dev.tortoise.spi.FieldInfo;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.postgresql.util.PGobject;

/**
 * PostgreSQL keeps rich types: TIMESTAMPTZ holds instants (bound as UTC {@code OffsetDateTime},
 * read back from the driver's {@code Timestamp}, which denotes the instant), TIMETZ keeps an offset
 * (a {@code LocalTime} is bound at the configured zone's standard offset), UUID is native and JSONB
 * is bound as a {@code jsonb} {@link PGobject}.
 */
final class PostgresValueCodec extends BaseValueCodec {

    PostgresValueCodec(boolean useTz, ZoneId timezone) {
        super(useTz, timezone);
    }

    @Override
    protected Object datetimeToDb(Instant value) {
        return OffsetDateTime.ofInstant(value, ZoneOffset.UTC);
    }

    @Override
    protected Instant datetimeFromDb(FieldInfo field, Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return super.datetimeFromDb(field, value);
    }

    @Override
    protected Object timeToDb(LocalTime value) {
        return withTimeOffset(value);
    }

    @Override
    protected Object jsonToDb(String json) {
        PGobject object = new PGobject();
        object.setType("jsonb");
        try {
            object.setValue(json);
        } catch (SQLException e) {
            throw new ValidationException("PostgreSQL refused JSON text: " + e.getMessage(), e);
        }
        return object;
    }

    @Override
    protected Object uuidToDb(UUID value) {
        return value;
    }
}
