package dev.tortoise.internal.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast reading of canonical datetime text agrees with the lenient formatter, or steps aside. */
class CanonicalDateTimeTextTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Madrid");

    /** The reference: the formatter TemporalValues falls back to, spelled out again on purpose. */
    private static final DateTimeFormatter REFERENCE = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalEnd()
            .optionalStart().appendOffset("+HH:mm", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHmm", "Z").optionalEnd()
            .toFormatter();

    private static Instant reference(String text) {
        TemporalAccessor parsed = REFERENCE.parse(text);
        LocalDateTime wall = LocalDateTime.of(LocalDate.from(parsed), LocalTime.from(parsed));
        return parsed.isSupported(ChronoField.OFFSET_SECONDS)
                ? wall.toInstant(ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS)))
                : wall.atZone(ZONE).toInstant();
    }

    @Test
    void agreesWithTheFormatterOnTwentyThousandCanonicalTexts() {
        Random random = new Random(13);
        for (int i = 0; i < 20_000; i++) {
            LocalDate day = LocalDate.ofEpochDay(random.nextLong(LocalDate.of(1, 1, 1).toEpochDay(),
                    LocalDate.of(9999, 12, 31).toEpochDay() + 1));
            StringBuilder text = new StringBuilder(String.format("%04d-%02d-%02d%s%02d:%02d:%02d",
                    day.getYear(), day.getMonthValue(), day.getDayOfMonth(), random.nextBoolean() ? " " : "T",
                    random.nextInt(24), random.nextInt(60), random.nextInt(60)));
            int fraction = random.nextInt(10);
            if (fraction > 0) {
                text.append('.');
                for (int d = 0; d < fraction; d++) {
                    text.append((char) ('0' + random.nextInt(10)));
                }
            }
            switch (random.nextInt(3)) {
                case 0 -> { }
                case 1 -> text.append('Z');
                default -> text.append(String.format("%s%02d:%02d", random.nextBoolean() ? "+" : "-", random.nextInt(15), random.nextInt(60)));
            }
            String t = text.toString();
            assertEquals(reference(t), CanonicalDateTimeText.instant(t, ZONE), t);
        }
    }

    @Test
    void aWallTimeWithoutOffsetIsTakenInTheGivenZone() {
        assertEquals(Instant.parse("2024-07-01T08:00:00Z"), CanonicalDateTimeText.instant("2024-07-01 10:00:00", ZONE));
        assertEquals(Instant.parse("2024-07-01T10:00:00.000001Z"),
                CanonicalDateTimeText.instant("2024-07-01T10:00:00.000001Z", ZONE));
    }

    @Test
    void stepsAsideForWhatTheFormatterRepairsOrRejects() {
        for (String text : new String[] {
                "2024-02-30 00:00:00",          // the formatter (SMART) makes it February 29th
                "2023-02-29 00:00:00", "2024-04-31 00:00:00", "2024-13-01 00:00:00", "2024-00-10 00:00:00",
                "2024-01-01 24:00:00", "2024-01-01 23:60:00", "2024-01-01 23:59:60",
                "2024-01-01t00:00:00", "2024-01-01 00:00:00z",  // lower case: the formatter accepts it
                "2024-01-01 00:00", "2024-01-01T 00:00:00", "2024-01-01 00:00:00.",
                "2024-01-01 00:00:00.1234567891", "2024-01-01 00:00:00+19:00", "2024-01-01 00:00:00+05",
                "2024-01-01 00:00:00+05:60", "2024-01-01 00:00:00+0530",  // the formatter fails on +HHMM
                 "2024-01-01 00:00:00 +05:00", "2024-01-01 00:00:00+05:00 ",
                "2024-01-01 00:00:0x", "\u0662\u0660\u0662\u0664-01-01 00:00:00", "+12024-01-01 00:00:00",
                "2024/01/01 00:00:00", "" }) {
            assertNull(CanonicalDateTimeText.instant(text, ZONE), text);
        }
    }
}
