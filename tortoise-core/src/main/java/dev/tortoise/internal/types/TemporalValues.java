package dev.tortoise.internal.types;

import dev.tortoise.spi.FieldInfo;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;

/**
 * Dates, times and datetimes between their Java forms, their text forms and instants. Every
 * datetime is truncated to microseconds, the precision every backend stores, so that a value
 * compares equal with itself after a round trip.
 */
public final class TemporalValues {

    /** ISO dates and times with {@code T} or a space between, any fraction, an optional offset. */
    private static final DateTimeFormatter LENIENT_DATETIME = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .append(lenientTime())
            .toFormatter();
    private static final DateTimeFormatter LENIENT_TIME = lenientTime();

    /**
     * The years every backend stores (upstream's, Python's {@code MINYEAR} to {@code MAXYEAR}); a day
     * of slack each side lets a wall time at either end be written in any zone.
     */
    private static final Instant EARLIEST = Instant.parse("0000-12-31T00:00:00Z");
    private static final Instant LATEST = Instant.parse("+10000-01-01T23:59:59.999999Z");
    private static final String YEARS = "a date or datetime from year 1 to year 9999";

    private TemporalValues() {
    }

    private static DateTimeFormatter lenientTime() {
        return new DateTimeFormatterBuilder()
                .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
                .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
                .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
                .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
                .optionalEnd()
                .optionalStart().appendOffset("+HH:mm", "Z").optionalEnd()
                .optionalStart().appendOffset("+HHmm", "Z").optionalEnd()
                .toFormatter();
    }

    /**
     * The instant a value denotes.
     *
     * @param naiveZone where a value without an offset (a {@code LocalDateTime}, a {@code Timestamp}
     *                  taken as a wall time, offset-less text, a {@code LocalDate}'s midnight) is
     */
    public static Instant instant(FieldInfo field, Object value, ZoneId naiveZone) {
        Instant instant;
        try {
            instant = anyInstant(field, value, naiveZone);
        } catch (DateTimeException | ArithmeticException e) {
            throw ValueErrors.cannotConvert(field, value, YEARS, e);
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw ValueErrors.cannotConvert(field, value, YEARS);
        }
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static Instant anyInstant(FieldInfo field, Object value, ZoneId naiveZone) {
        return switch (value) {
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case ZonedDateTime z -> z.toInstant();
            case LocalDateTime l -> l.atZone(naiveZone).toInstant();
            case java.sql.Timestamp t -> t.toLocalDateTime().atZone(naiveZone).toInstant();
            case java.sql.Date d -> d.toLocalDate().atStartOfDay(naiveZone).toInstant();
            case LocalDate d -> d.atStartOfDay(naiveZone).toInstant();
            case java.util.Date d -> d.toInstant();
            case CharSequence text -> parseInstant(field, text.toString(), naiveZone);
            default -> throw ValueErrors.cannotConvert(field, value,
                    "an OffsetDateTime, Instant, LocalDateTime or ISO-8601 text");
        };
    }

    private static Instant parseInstant(FieldInfo field, String text, ZoneId naiveZone) {
        String t = text.trim();
        try {
            if (t.length() == 10) {
                return LocalDate.parse(t).atStartOfDay(naiveZone).toInstant();
            }
            Instant canonical = CanonicalDateTimeText.instant(t, naiveZone);
            if (canonical != null) {
                return canonical;
            }
            TemporalAccessor parsed = LENIENT_DATETIME.parse(t);
            LocalDateTime wall = LocalDateTime.of(LocalDate.from(parsed), LocalTime.from(parsed));
            return parsed.isSupported(ChronoField.OFFSET_SECONDS)
                    ? wall.toInstant(ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS)))
                    : wall.atZone(naiveZone).toInstant();
        } catch (DateTimeException e) {
            throw ValueErrors.cannotConvert(field, text, "an ISO-8601 datetime such as 2024-05-06 07:08:09.123456", e);
        }
    }

    /** The Java value of a DATETIME field of the given Java type, seen in {@code zone}. */
    public static Object datetimeAs(FieldInfo field, Instant instant, ZoneId zone) {
        Class<?> type = field.javaType();
        if (type == Instant.class) {
            return instant;
        }
        if (type == LocalDateTime.class) {
            return LocalDateTime.ofInstant(instant, zone);
        }
        if (type == ZonedDateTime.class) {
            return instant.atZone(zone);
        }
        return OffsetDateTime.ofInstant(instant, zone);
    }

    public static LocalDate date(FieldInfo field, Object value) {
        LocalDate date = anyDate(field, value);
        if (date.getYear() < 1 || date.getYear() > 9999) {
            throw ValueErrors.cannotConvert(field, value, YEARS);
        }
        return date;
    }

    private static LocalDate anyDate(FieldInfo field, Object value) {
        try {
            return switch (value) {
                case LocalDate d -> d;
                case java.sql.Date d -> d.toLocalDate();
                case LocalDateTime l -> l.toLocalDate();
                case OffsetDateTime o -> o.toLocalDate();
                case ZonedDateTime z -> z.toLocalDate();
                case java.sql.Timestamp t -> t.toLocalDateTime().toLocalDate();
                case CharSequence text -> LocalDate.parse(dayPart(text.toString().trim()));
                default -> throw ValueErrors.cannotConvert(field, value, "a LocalDate or ISO-8601 text");
            };
        } catch (DateTimeException e) {
            throw ValueErrors.cannotConvert(field, value, "a LocalDate or ISO-8601 text such as 2024-05-06", e);
        }
    }

    private static String dayPart(String text) {
        return text.length() > 10 ? text.substring(0, 10) : text;
    }

    /**
     * A time of day, with its offset when the value carries one ({@code OffsetTime}) and as a
     * {@code LocalTime} otherwise; truncated to microseconds.
     */
    public static Temporal time(FieldInfo field, Object value) {
        try {
            return switch (value) {
                case LocalTime l -> l.truncatedTo(ChronoUnit.MICROS);
                case OffsetTime o -> o.truncatedTo(ChronoUnit.MICROS);
                case java.sql.Time t -> t.toLocalTime();
                case LocalDateTime l -> l.toLocalTime().truncatedTo(ChronoUnit.MICROS);
                case Duration d when !d.isNegative() && d.toDays() == 0 ->
                        LocalTime.ofNanoOfDay(d.toNanos()).truncatedTo(ChronoUnit.MICROS);
                case CharSequence text -> parseTime(text.toString().trim());
                default -> throw ValueErrors.cannotConvert(field, value, "a LocalTime or ISO-8601 text");
            };
        } catch (DateTimeException e) {
            throw ValueErrors.cannotConvert(field, value, "a LocalTime or ISO-8601 text such as 07:08:09.123456", e);
        }
    }

    private static Temporal parseTime(String text) {
        TemporalAccessor parsed = LENIENT_TIME.parse(text);
        LocalTime local = LocalTime.from(parsed).truncatedTo(ChronoUnit.MICROS);
        return parsed.isSupported(ChronoField.OFFSET_SECONDS)
                ? OffsetTime.of(local, ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS)))
                : local;
    }

    /**
     * The wall time of a time value in the configured zone: an {@code OffsetTime} is moved to the
     * zone's standard offset (the one it is stored with), a {@code LocalTime} already is one.
     */
    public static LocalTime localTime(Temporal time, ZoneOffset zoneOffset) {
        if (time instanceof OffsetTime o) {
            return o.withOffsetSameInstant(zoneOffset).toLocalTime();
        }
        return (LocalTime) time;
    }

    /** The offset a zone keeps outside daylight saving; times of day are stored with it. */
    public static ZoneOffset standardOffset(ZoneId zone) {
        return zone.getRules().getStandardOffset(Instant.now());
    }
}
