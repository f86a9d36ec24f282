package dev.tortoise.spi.jdbc;

import dev.tortoise.Model;
import dev.tortoise.internal.types.ArrayValues;
import dev.tortoise.internal.types.EnumValues;
import dev.tortoise.internal.types.JavaValues;
import dev.tortoise.internal.types.JsonValues;
import dev.tortoise.internal.types.TemporalValues;
import dev.tortoise.internal.types.TextValues;
import dev.tortoise.internal.types.ValueErrors;
import dev.tortoise.spi.FieldInfo;
import dev.tortoise.spi.FieldKind;
import dev.tortoise.spi.ValueCodec;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.Objects;
import java.util.UUID;

/**
 * The conversions every backend shares, with protected hooks for what a driver or a column type
 * does differently. Out of the box it suits a server whose driver knows {@code java.time} and whose
 * DATETIME column has no time zone (MySQL/MariaDB): datetimes are bound as {@code LocalDateTime}
 * wall times in {@link #storageZone()}, UUIDs and JSON as text, durations as microseconds.
 *
 * <p>Time zones (upstream {@code use_tz}/{@code timezone}): a Java {@code LocalDateTime} is a wall
 * time in the configured zone; with {@code useTz} the database holds UTC, without it the configured
 * zone's wall time. Values come back in the configured zone. A {@code LocalTime} is a wall time in
 * the configured zone too; columns that keep an offset get the zone's standard offset.
 *
 * <p>Immutable and thread-safe; nothing here blocks. Subclasses stay so.
 */
public class BaseValueCodec implements ValueCodec {
    private final boolean useTz;
    private final ZoneId timezone;
    private final ZoneOffset timeOffset;

    /**
     * A codec for one configuration's time-zone settings.
     *
     * @param useTz    upstream {@code use_tz}
     * @param timezone the configured zone (upstream {@code timezone}), never null
     */
    public BaseValueCodec(boolean useTz, ZoneId timezone) {
        this.useTz = useTz;
        this.timezone = Objects.requireNonNull(timezone, "timezone");
        this.timeOffset = TemporalValues.standardOffset(timezone);
    }

    /** Whether datetimes are stored as UTC. */
    public final boolean useTz() {
        return useTz;
    }

    /** The configured zone, in which values are read back and local values are meant. */
    public final ZoneId timezone() {
        return timezone;
    }

    /** Where a column without a time zone keeps its wall times: UTC with {@code useTz}, else the configured zone. */
    public final ZoneId storageZone() {
        return useTz ? ZoneOffset.UTC : timezone;
    }

    /** The offset a time of day is stored with in columns that keep one: the configured zone's standard offset. */
    public final ZoneOffset timeOffset() {
        return timeOffset;
    }

    @Override
    public final Object toDb(FieldInfo field, Object value) {
        if (value instanceof Model related) {
            value = keyOf(field, related);
        }
        if (value == null) {
            return null;
        }
        return switch (field.kind()) {
            case INT, BIGINT, SMALLINT, FLOAT, BINARY -> sameBothWays(field, value);
            case CHAR, TEXT -> textToDb(field, JavaValues.text(field, value));
            case BOOLEAN -> booleanToDb(JavaValues.bool(field, value));
            case DECIMAL -> decimalToDb(JavaValues.decimal(field, value));
            case DATETIME -> datetimeToDb(TemporalValues.instant(field, value, timezone));
            case DATE -> dateToDb(TemporalValues.date(field, value));
            case TIME -> timeToDb(TemporalValues.localTime(TemporalValues.time(field, value), timeOffset));
            case TIMEDELTA -> JavaValues.micros(field, value);
            case JSON -> jsonToDb(JsonValues.write(field, value));
            case UUID -> uuidToDb(JavaValues.uuid(field, value));
            case INT_ENUM -> EnumValues.intValue(field, value);
            case CHAR_ENUM -> EnumValues.name(field, value);
            case ARRAY -> arrayToDb(field.elementKind(), ArrayValues.toArray(field, value));
        };
    }

    @Override
    public final Object fromDb(FieldInfo field, Object value) {
        if (value == null) {
            return null;
        }
        return switch (field.kind()) {
            case INT, BIGINT, SMALLINT, CHAR, TEXT, FLOAT, BINARY -> sameBothWays(field, value);
            case BOOLEAN -> JavaValues.bool(field, value);
            case DECIMAL -> JavaValues.storedDecimal(field, value);
            case DATETIME -> TemporalValues.datetimeAs(field, datetimeFromDb(field, value), timezone);
            case DATE -> TemporalValues.date(field, value);
            case TIME -> timeFromDb(field, value);
            case TIMEDELTA -> JavaValues.duration(field, value);
            case JSON -> JsonValues.read(field, value);
            case UUID -> JavaValues.uuid(field, value);
            case INT_ENUM -> EnumValues.byValue(field, value);
            case CHAR_ENUM -> EnumValues.byName(field, value);
            case ARRAY -> ArrayValues.toList(field, value);
        };
    }

    /**
     * The value of a kind that Java and the database hold alike (numbers, text, bytes): one
     * conversion serves {@link #toDb} and {@link #fromDb}.
     */
    private static Object sameBothWays(FieldInfo field, Object value) {
        return switch (field.kind()) {
            case INT -> JavaValues.integer(field, value);
            case BIGINT -> JavaValues.longValue(field, value);
            case SMALLINT -> JavaValues.shortValue(field, value);
            case CHAR, TEXT -> JavaValues.text(field, value);
            case FLOAT -> JavaValues.doubleValue(field, value);
            case BINARY -> JavaValues.bytes(field, value);
            default -> throw new IllegalArgumentException(field.kind() + " values differ in Java and the database");
        };
    }

    /** A model instance stands for its primary key (a lookup such as {@code filter("tournament", cup)}). */
    private static Object keyOf(FieldInfo field, Model related) {
        Object key = related.pk();
        if (key == null) {
            throw ValueErrors.unsaved(ValueErrors.where(field), related);
        }
        return key;
    }

    /**
     * Text as bound. Default: the text itself, refused when it holds a lone UTF-16 surrogate (half
     * of a pair: not a character, and every driver would silently store {@code ?} instead). A
     * backend whose database cannot store some character (PostgreSQL: NUL) refuses it here too.
     *
     * @throws dev.tortoise.exceptions.ValidationException naming the field and where the character is
     */
    protected Object textToDb(FieldInfo field, String text) {
        int at = TextValues.loneSurrogate(text);
        if (at >= 0) {
            throw ValueErrors.cannotConvert(field, text, "valid Unicode text: it holds half of a UTF-16 surrogate pair"
                    + " at index " + at + ", which no database stores");
        }
        return text;
    }

    /** A boolean as bound; default the {@code Boolean} itself. */
    protected Object booleanToDb(Boolean value) {
        return value;
    }

    /** A decimal already scaled to the field's decimal places; default the {@code BigDecimal} itself. */
    protected Object decimalToDb(BigDecimal value) {
        return value;
    }

    /** An instant (microsecond precision) as bound; default its {@code LocalDateTime} in {@link #storageZone()}. */
    protected Object datetimeToDb(Instant value) {
        return LocalDateTime.ofInstant(value, storageZone());
    }

    /**
     * The instant a stored datetime denotes; default: offset-less values (a {@code LocalDateTime},
     * a {@code Timestamp} read as a wall time, text without an offset) are wall times in
     * {@link #storageZone()}.
     */
    protected Instant datetimeFromDb(FieldInfo field, Object value) {
        return TemporalValues.instant(field, value, storageZone());
    }

    /** A date as bound; default the {@code LocalDate} itself. */
    protected Object dateToDb(LocalDate value) {
        return value;
    }

    /** A time of day (wall time in the configured zone, microseconds) as bound; default the {@code LocalTime} itself. */
    protected Object timeToDb(LocalTime value) {
        return value;
    }

    /** The wall time in the configured zone of a stored time; an offset the database kept is honoured. */
    protected LocalTime timeFromDb(FieldInfo field, Object value) {
        Temporal time = TemporalValues.time(field, value);
        return TemporalValues.localTime(time, timeOffset);
    }

    /** JSON text as bound; default the text itself. */
    protected Object jsonToDb(String json) {
        return json;
    }

    /**
     * An array as bound: a Java array of the element kind's type ({@code String[]}, {@code Integer[]},
     * {@code UUID[]} ...), elements already converted. Default: the array itself; a client binds it
     * in its {@code bindValue} (PostgreSQL through {@code Connection.createArrayOf}).
     */
    protected Object arrayToDb(FieldKind element, Object[] values) {
        return values;
    }

    /** A UUID as bound; default its 36-character text. */
    protected Object uuidToDb(UUID value) {
        return value.toString();
    }

    /** An {@code OffsetTime} at the configured zone's standard offset, for columns that keep one. */
    protected final OffsetTime withTimeOffset(LocalTime value) {
        return OffsetTime.of(value, timeOffset);
    }
}
