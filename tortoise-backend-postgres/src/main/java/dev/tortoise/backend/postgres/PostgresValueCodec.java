package dev.tortoise.backend.postgres;

import dev.tortoise.exceptions.ValidationException;
import dev.tortoise.spi.jdbc.BaseValueCodec;
import dev.tortoise.spi.FieldInfo;
import dev.tortoise.spi.FieldKind;
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

    /** PostgreSQL text cannot hold a NUL character (its server refuses the whole statement). */
    @Override
    protected Object textToDb(FieldInfo field, String text) {
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new ValidationException(field.modelName() + "." + field.name() + ": PostgreSQL text cannot hold a NUL"
                    + " character (\\0, at index " + nul + "); remove it, or store the value in a BinaryField");
        }
        return super.textToDb(field, text);
    }

    /**
     * Refuses a NUL in a value matched against text.
     *
     * @param what what the value is, for the message
     * @throws ValidationException when the value holds a NUL
     */
    /** Text elements are refused a NUL as text columns are. */
    @Override
    protected Object arrayToDb(FieldKind element, Object[] values) {
        if (element == FieldKind.TEXT) {
            for (Object value : values) {
                if (value != null) {
                    refuseNul((String) value, "An element of a text array");
                }
            }
        }
        return values;
    }

    static void refuseNul(String value, String what) {
        int nul = value.indexOf('\0');
        if (nul >= 0) {
            throw new ValidationException(what + " holds a NUL character (\\0, at index " + nul + "), which PostgreSQL"
                    + " text cannot hold, so it can match nothing; remove it");
        }
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
