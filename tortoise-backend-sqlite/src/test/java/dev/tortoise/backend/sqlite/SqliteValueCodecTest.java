package dev.tortoise.backend.sqlite;

import dev.tortoise.spi.FieldKind;
import dev.tortoise.spi.ValueCodec;
import dev.tortoise.testing.CodecField;
import dev.tortoise.testing.TestDatabase;
import dev.tortoise.testing.ValueCodecContract;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The value codec contract on SQLite, plus the forms values take in its few storage classes. */
class SqliteValueCodecTest extends ValueCodecContract {

    @RegisterExtension
    static final TestDatabase DB = TestDatabase.sqlite();

    private Map<String, Object> stored(String table) {
        return client().executeQueryDict("SELECT v, typeof(v) AS t FROM " + table + " ORDER BY id").get(0);
    }

    @Test
    void decimalsAreTextWithTheFieldsScaleAndComparedThroughACast() {
        CodecField price = CodecField.decimal(10, 2);
        String table = store(codec(), price, List.of(new BigDecimal("12.5")));
        assertEquals(Map.of("v", "12.50", "t", "text"), stored(table));
        assertEquals("CAST(\"t\".\"price\" AS NUMERIC)", codec().comparableColumn(price, "\"t\".\"price\""));
        assertEquals("\"t\".\"n\"", codec().comparableColumn(CodecField.of(FieldKind.INT, Integer.class), "\"t\".\"n\""));
    }

    @Test
    void booleansAreZeroAndOne() {
        String table = store(codec(), CodecField.of(FieldKind.BOOLEAN, Boolean.class), List.of(true));
        assertEquals(Map.of("v", 1, "t", "integer"), stored(table));
    }

    @Test
    void datetimesAreFixedWidthTextThatSqliteDateFunctionsRead() {
        CodecField field = CodecField.of(FieldKind.DATETIME, OffsetDateTime.class);
        OffsetDateTime at = OffsetDateTime.of(2024, 2, 29, 23, 0, 0, 0, ZoneOffset.UTC);
        String naive = store(codec(), field, List.of(at));
        assertEquals(Map.of("v", "2024-02-29 23:00:00.000000", "t", "text"), stored(naive));
        String utc = store(codec(true, KOLKATA), field, List.of(at));
        assertEquals("2024-02-29 23:00:00.000000+00:00", stored(utc).get("v"));
        String local = store(codec(false, KOLKATA), field, List.of(at));
        assertEquals("2024-03-01 04:30:00.000000", stored(local).get("v"), "naive mode keeps the zone's wall time");
        assertEquals("2024-02-29 23:00", client().executeQueryDict(
                "SELECT strftime('%Y-%m-%d %H:%M', v) AS d FROM " + utc).get(0).get("d"));
    }

    @Test
    void datesAndTimesAreIsoText() {
        String dates = store(codec(), CodecField.of(FieldKind.DATE, LocalDate.class), List.of(LocalDate.of(2024, 5, 6)));
        assertEquals(Map.of("v", "2024-05-06", "t", "text"), stored(dates));
        String times = store(codec(), CodecField.of(FieldKind.TIME, LocalTime.class), List.of(LocalTime.of(7, 8, 9)));
        assertEquals(Map.of("v", "07:08:09.000000", "t", "text"), stored(times));
    }

    @Test
    void textWrittenByOtherProgramsIsRead() {
        ValueCodec codec = codec(true, KOLKATA);
        CodecField field = CodecField.of(FieldKind.DATETIME, OffsetDateTime.class);
        OffsetDateTime expected = OffsetDateTime.of(2024, 1, 2, 8, 34, 5, 0, ZoneOffset.ofHoursMinutes(5, 30));
        assertEquals(expected, codec.fromDb(field, "2024-01-02 03:04:05+00:00"));
        assertEquals(expected, codec.fromDb(field, "2024-01-02T03:04:05Z"));
        assertEquals(expected, codec.fromDb(field, "2024-01-02 03:04:05"), "offset-less text is UTC under useTz");
        assertEquals(expected.withNano(100_000_000), codec.fromDb(field, "2024-01-02T03:04:05.1+00"));
        assertEquals(LocalTime.of(3, 4), codec.fromDb(CodecField.of(FieldKind.TIME, LocalTime.class), "03:04"));
    }
}
