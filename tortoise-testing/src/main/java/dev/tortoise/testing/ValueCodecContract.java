package dev.tortoise.testing;

import dev.tortoise.exceptions.ValidationException;
import dev.tortoise.fields.IntEnum;
import dev.tortoise.spi.DbClient;
import dev.tortoise.spi.FieldKind;
import dev.tortoise.spi.PlatformConfig;
import dev.tortoise.spi.ValueCodec;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a backend's {@link ValueCodec} must do, checked against its real database: every field kind
 * survives a round trip (bound with {@code toDb} through {@link DbClient#executeUpdate}, read with
 * {@link DbClient#executeQueryDict}, converted with {@code fromDb}), decimals and datetimes compare
 * as numbers and instants, time zones are honoured, and bad values fail with the field named. A
 * backend's test extends it, registers its {@link TestDatabase}, and adds checks of the stored forms. Values are
 * stored in the column types the backend's schema generation writes (TORTOISE-SPEC §5.5).
 */
public abstract class ValueCodecContract {

    private static final AtomicInteger TABLES = new AtomicInteger();
    /** A zone with a half-hour offset and no daylight saving: +05:30 all year. */
    protected static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    /** A JSON payload with a record inside, as users declare them. */
    public record Point(int x, int y, String label) {
    }

    /** An enum stored by value. */
    public enum Priority implements IntEnum {
        LOW(-1), NORMAL(0), HIGH(32767);

        private final int value;

        Priority(int value) {
            this.value = value;
        }

        @Override
        public int value() {
            return value;
        }
    }

    /** An enum stored by name. */
    public enum Colour { RED, GREEN, ULTRAVIOLET }

    /** Declared only for its generic type. */
    public static List<Point> pointsDeclaration;
    /** Declared only for its generic type. */
    public static Map<String, Object> mapDeclaration;

    /**
     * The database under test: by default the one the test class registers in its static
     * {@code TestDatabase} field with {@code @RegisterExtension} (see {@link TestDatabase#registeredIn}).
     */
    protected TestDatabase database() {
        return TestDatabase.registeredIn(getClass());
    }

    /** The column type of a field in this backend's dialect, as schema generation writes it. */
    protected String sqlType(CodecField field) {
        return database().schemaDialect().columnType(field);
    }

    /** The backend's codec for these settings. */
    protected ValueCodec codec(boolean useTz, ZoneId timezone) {
        return database().provider().platform(new PlatformConfig("codec", database().credentials(), useTz, timezone))
                .codec();
    }

    /** The codec of the default settings: naive datetimes, UTC. */
    protected ValueCodec codec() {
        return codec(false, ZoneOffset.UTC);
    }

    protected DbClient client() {
        return database().client();
    }

    /** A table {@code (id, v)} of this test's own with the field's column type. */
    protected String newTable(CodecField field) {
        String table = "codec_" + TABLES.incrementAndGet();
        client().executeScript("CREATE TABLE " + table + " (id INT NOT NULL PRIMARY KEY, v " + sqlType(field) + ")");
        return table;
    }

    /** Stores the values in a new table, in order, and gives the table. */
    protected String store(ValueCodec codec, CodecField field, List<?> values) {
        String table = newTable(field);
        for (int i = 0; i < values.size(); i++) {
            client().executeUpdate("INSERT INTO " + table + " (id, v) VALUES (?, ?)", i, codec.toDb(field, values.get(i)));
        }
        return table;
    }

    /** What the table holds, converted back, in id order. */
    protected List<Object> load(ValueCodec codec, CodecField field, String table) {
        List<Object> values = new ArrayList<>();
        for (Map<String, Object> row : client().executeQueryDict("SELECT v FROM " + table + " ORDER BY id")) {
            values.add(codec.fromDb(field, row.get("v")));
        }
        return values;
    }

    protected List<Object> roundTrip(ValueCodec codec, CodecField field, List<?> values) {
        return load(codec, field, store(codec, field, values));
    }

    /** The value of a SQL expression over the column {@code v} in the table's first row, as the driver reads it. */
    protected Object storedValue(String expression, String table) {
        return client().executeQueryDict("SELECT " + expression + " AS x FROM " + table + " ORDER BY id").get(0).get("x");
    }

    /** The ids of the rows a condition on {@code v} selects, in the order the clause gives. */
    protected List<Integer> ids(String table, String whereAndOrder, Object... params) {
        List<Integer> ids = new ArrayList<>();
        for (Map<String, Object> row : client().executeQueryDict("SELECT id FROM " + table + " " + whereAndOrder, params)) {
            ids.add(((Number) row.get("id")).intValue());
        }
        return ids;
    }

    @Test
    void integersComeBackInTheFieldsWidth() {
        assertEquals(List.of(0, Integer.MIN_VALUE, Integer.MAX_VALUE),
                roundTrip(codec(), CodecField.of(FieldKind.INT, Integer.class), List.of(0, Integer.MIN_VALUE, Integer.MAX_VALUE)));
        assertEquals(List.of(0L, Long.MIN_VALUE, Long.MAX_VALUE),
                roundTrip(codec(), CodecField.of(FieldKind.BIGINT, Long.class), List.of(0L, Long.MIN_VALUE, Long.MAX_VALUE)));
        assertEquals(List.<Object>of((short) 0, Short.MIN_VALUE, Short.MAX_VALUE),
                roundTrip(codec(), CodecField.of(FieldKind.SMALLINT, Short.class), List.of((short) 0, Short.MIN_VALUE, Short.MAX_VALUE)));
        assertEquals(List.of(7), roundTrip(codec(), CodecField.of(FieldKind.INT, int.class), List.of(7)));
    }

    @Test
    void textKeepsEveryCharacter() {
        String long_ = "x".repeat(70_000) + "é";
        List<String> texts = List.of("", "plain", "it's \"quoted\" \\ back", "héllo wörld ✓ 😀 中文", "line\nbreak\ttab");
        assertEquals(texts, roundTrip(codec(), CodecField.chars(50), texts));
        assertEquals(List.of(long_), roundTrip(codec(), CodecField.of(FieldKind.TEXT, String.class), List.of(long_)));
    }

    @Test
    void booleansComeBackAsBooleans() {
        assertEquals(List.of(true, false), roundTrip(codec(), CodecField.of(FieldKind.BOOLEAN, Boolean.class), List.of(true, false)));
    }

    @Test
    void decimalsAreExactWithTheFieldsScale() {
        CodecField money = CodecField.decimal(14, 4);
        List<Object> back = roundTrip(codec(), money, List.of(new BigDecimal("12345678.1234"), new BigDecimal("-0.0001"),
                BigDecimal.ZERO, new BigDecimal("2.5"), new BigDecimal("1.23456")));
        assertEquals(List.of(new BigDecimal("12345678.1234"), new BigDecimal("-0.0001"), new BigDecimal("0.0000"),
                new BigDecimal("2.5000"), new BigDecimal("1.2346")), back, "scale = decimalPlaces, rounded half up");
        CodecField wide = CodecField.decimal(30, 10);
        BigDecimal big = new BigDecimal("12345678901234567890.0123456789");
        assertEquals(List.of(big), roundTrip(codec(), wide, List.of(big)));
        assertEquals(List.of(new BigDecimal("3")), roundTrip(codec(), CodecField.decimal(5, 0), List.of(3)));
    }

    @Test
    void decimalsCompareAndSortAsNumbers() {
        CodecField price = CodecField.decimal(10, 2);
        ValueCodec codec = codec();
        String table = store(codec, price, List.of(new BigDecimal("9.5"), new BigDecimal("10.25"), new BigDecimal("100"),
                new BigDecimal("-3")));
        String v = codec.comparableColumn(price, "v");
        assertEquals(List.of(3, 0, 1, 2), ids(table, "ORDER BY " + v));
        assertEquals(List.of(1, 2), ids(table, "WHERE " + v + " > ? ORDER BY id", codec.toDb(price, new BigDecimal("10"))));
        assertEquals(List.of(0), ids(table, "WHERE " + v + " = ? ORDER BY id", codec.toDb(price, new BigDecimal("9.50"))));
        assertEquals(List.of(0, 1), ids(table, "WHERE " + v + " BETWEEN ? AND ? ORDER BY id",
                codec.toDb(price, 9), codec.toDb(price, "10.25")));
        assertEquals(List.of(0, 2), ids(table, "WHERE " + v + " IN (?, ?) ORDER BY id",
                codec.toDb(price, new BigDecimal("9.5")), codec.toDb(price, 100)));
        Object sum = client().executeQueryDict("SELECT SUM(" + v + ") AS s FROM " + table).get(0).get("s");
        assertEquals(0, new BigDecimal("116.75").compareTo(new BigDecimal(sum.toString())), "sum was " + sum);
    }

    @Test
    void datetimesRoundTripAsEachJavaType() {
        OffsetDateTime at = OffsetDateTime.of(2024, 2, 29, 23, 59, 58, 123_456_000, ZoneOffset.UTC);
        ValueCodec codec = codec();
        CodecField offsets = CodecField.of(FieldKind.DATETIME, OffsetDateTime.class);
        assertEquals(List.of(at), roundTrip(codec, offsets, List.of(at)));
        CodecField instants = CodecField.of(FieldKind.DATETIME, Instant.class);
        assertEquals(List.of(at.toInstant()), roundTrip(codec, instants, List.of(at.toInstant())));
        CodecField locals = CodecField.of(FieldKind.DATETIME, LocalDateTime.class);
        assertEquals(List.of(at.toLocalDateTime()), roundTrip(codec, locals, List.of(at.toLocalDateTime())));
        OffsetDateTime nanos = at.withNano(123_456_789);
        assertEquals(List.of(at), roundTrip(codec, offsets, List.of(nanos)), "kept to the microsecond");
    }

    @Test
    void datetimesComeBackInTheConfiguredZone() {
        OffsetDateTime paris = OffsetDateTime.of(2024, 7, 1, 12, 0, 0, 500_000_000, ZoneOffset.ofHours(2));
        for (boolean useTz : new boolean[]{false, true}) {
            ValueCodec codec = codec(useTz, KOLKATA);
            CodecField offsets = CodecField.of(FieldKind.DATETIME, OffsetDateTime.class);
            OffsetDateTime back = (OffsetDateTime) roundTrip(codec, offsets, List.of(paris)).get(0);
            assertEquals(paris.toInstant(), back.toInstant(), "useTz=" + useTz);
            assertEquals(ZoneOffset.ofHoursMinutes(5, 30), back.getOffset(), "useTz=" + useTz);
            CodecField locals = CodecField.of(FieldKind.DATETIME, LocalDateTime.class);
            LocalDateTime wall = LocalDateTime.of(2024, 1, 2, 3, 4, 5, 6_000);
            assertEquals(List.of(wall), roundTrip(codec, locals, List.of(wall)), "useTz=" + useTz);
            assertEquals(List.of(wall.atZone(KOLKATA).toInstant()),
                    load(codec, CodecField.of(FieldKind.DATETIME, Instant.class), store(codec, locals, List.of(wall))),
                    "a LocalDateTime is a wall time in the configured zone; useTz=" + useTz);
        }
    }

    @Test
    void datetimesCompareAndSortInTimeOrder() {
        ValueCodec codec = codec(true, KOLKATA);
        CodecField field = CodecField.of(FieldKind.DATETIME, OffsetDateTime.class);
        OffsetDateTime base = OffsetDateTime.of(2024, 3, 10, 8, 0, 0, 0, ZoneOffset.UTC);
        String table = store(codec, field, List.of(base.plusHours(5), base.atZoneSameInstant(KOLKATA).toOffsetDateTime(),
                base.minusSeconds(1).withOffsetSameInstant(ZoneOffset.ofHours(-8)), base.plusNanos(1_000)));
        String v = codec.comparableColumn(field, "v");
        assertEquals(List.of(2, 1, 3, 0), ids(table, "ORDER BY " + v));
        assertEquals(List.of(1), ids(table, "WHERE " + v + " = ? ORDER BY id", codec.toDb(field, base)));
        assertEquals(List.of(0, 3), ids(table, "WHERE " + v + " > ? ORDER BY id", codec.toDb(field, base.toInstant())));
        assertEquals(List.of(1, 2), ids(table, "WHERE " + v + " <= ? ORDER BY id",
                codec.toDb(field, base.atZoneSameInstant(KOLKATA).toLocalDateTime())));
    }

    @Test
    void datesTimesAndDurations() {
        List<LocalDate> dates = List.of(LocalDate.of(1970, 1, 1), LocalDate.of(2024, 2, 29), LocalDate.of(9999, 12, 31));
        assertEquals(dates, roundTrip(codec(), CodecField.of(FieldKind.DATE, LocalDate.class), dates));
        List<LocalTime> times = List.of(LocalTime.MIDNIGHT, LocalTime.of(23, 59, 59, 999_999_000), LocalTime.of(12, 34, 56, 123_456_000));
        assertEquals(times, roundTrip(codec(), CodecField.of(FieldKind.TIME, LocalTime.class), times));
        assertEquals(times, roundTrip(codec(true, KOLKATA), CodecField.of(FieldKind.TIME, LocalTime.class), times),
                "a LocalTime is a wall time in the configured zone");
        List<Duration> durations = List.of(Duration.ZERO, Duration.ofDays(1).plusHours(2).plusNanos(3_456_789_000L),
                Duration.ofSeconds(-5, -1_000), Duration.ofDays(365 * 200));
        assertEquals(durations, roundTrip(codec(), CodecField.of(FieldKind.TIMEDELTA, Duration.class), durations));
        assertEquals(List.of(Duration.ofNanos(1_000)), roundTrip(codec(), CodecField.of(FieldKind.TIMEDELTA, Duration.class),
                List.of(Duration.ofNanos(1_999))), "kept to the microsecond");
    }

    @Test
    void floatsUuidsAndBytes() {
        List<Double> doubles = List.of(0.1, -1e300, 3.5, Double.MIN_NORMAL);
        assertEquals(doubles, roundTrip(codec(), CodecField.of(FieldKind.FLOAT, Double.class), doubles));
        List<UUID> uuids = List.of(UUID.randomUUID(), new UUID(0, 0));
        assertEquals(uuids, roundTrip(codec(), CodecField.of(FieldKind.UUID, UUID.class), uuids));
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        List<Object> back = roundTrip(codec(), CodecField.of(FieldKind.BINARY, byte[].class), List.of(bytes, new byte[0]));
        assertArrayEquals(bytes, (byte[]) back.get(0));
        assertArrayEquals(new byte[0], (byte[]) back.get(1));
    }

    @Test
    void jsonComesBackAsTheDeclaredType() throws NoSuchFieldException {
        CodecField points = CodecField.json(List.class, getClass().getField("pointsDeclaration").getGenericType());
        List<Point> value = List.of(new Point(1, 2, "a"), new Point(-3, 4, "ünï \"q\""));
        assertEquals(List.of(value), roundTrip(codec(), points, List.of(value)));
        CodecField map = CodecField.json(Map.class, getClass().getField("mapDeclaration").getGenericType());
        Map<String, Object> doc = Map.of("name", "x", "n", 3, "tags", List.of("a", "b"), "nested", Map.of("ok", true));
        assertEquals(List.of(doc), roundTrip(codec(), map, List.of(doc)));
        CodecField record = CodecField.json(Point.class, Point.class);
        assertEquals(List.of(new Point(5, 6, null)), roundTrip(codec(), record, List.of(new Point(5, 6, null))));
        CodecField anything = CodecField.json(Object.class, Object.class);
        assertEquals(List.of(List.of(1, "two"), "text", 42), roundTrip(codec(), anything, List.of(List.of(1, "two"), "text", 42)));
    }

    @Test
    void enumsAreStoredByValueAndByName() {
        CodecField priority = CodecField.enumOf(FieldKind.INT_ENUM, Priority.class);
        List<Priority> priorities = List.of(Priority.LOW, Priority.NORMAL, Priority.HIGH);
        String table = store(codec(), priority, priorities);
        assertEquals(priorities, load(codec(), priority, table));
        assertEquals(List.of(-1, 0, 32767), client().executeQueryDict("SELECT v FROM " + table + " ORDER BY id").stream()
                .map(row -> ((Number) row.get("v")).intValue()).toList());
        CodecField colour = CodecField.enumOf(FieldKind.CHAR_ENUM, Colour.class);
        String colours = store(codec(), colour, List.of(Colour.ULTRAVIOLET, Colour.RED));
        assertEquals(List.of(Colour.ULTRAVIOLET, Colour.RED), load(codec(), colour, colours));
        assertEquals("ULTRAVIOLET", client().executeQueryDict("SELECT v FROM " + colours + " WHERE id = 0").get(0).get("v"));
    }

    @Test
    void nullStaysNullForEveryKind() {
        for (FieldKind kind : FieldKind.values()) {
            if (kind == FieldKind.ARRAY) {
                continue; // typed by its element kind, and only where the platform has arrays (ArraysSuite)
            }
            CodecField field = switch (kind) {
                case CHAR -> CodecField.chars(10);
                case DECIMAL -> CodecField.decimal(5, 2);
                case INT_ENUM -> CodecField.enumOf(kind, Priority.class);
                case CHAR_ENUM -> CodecField.enumOf(kind, Colour.class);
                default -> CodecField.of(kind, Object.class);
            };
            assertNull(codec().toDb(field, null), kind.name());
            assertEquals(Arrays.asList((Object) null), roundTrip(codec(), field, Arrays.asList((Object) null)), kind.name());
        }
    }

    @Test
    void lookupStandInsConvertLikeTheirValues() {
        ValueCodec codec = codec();
        CodecField number = CodecField.of(FieldKind.INT, Integer.class);
        String table = store(codec, number, List.of(1, 2, 3));
        assertEquals(List.of(1), ids(table, "WHERE v = ?", codec.toDb(number, "2")));
        assertEquals(List.of(2), ids(table, "WHERE v = ?", codec.toDb(number, 3L)));
        CodecField uuid = CodecField.of(FieldKind.UUID, UUID.class);
        UUID id = UUID.randomUUID();
        String uuids = store(codec, uuid, List.of(id));
        assertEquals(List.of(0), ids(uuids, "WHERE v = ?", codec.toDb(uuid, id.toString())));
        CodecField priority = CodecField.enumOf(FieldKind.INT_ENUM, Priority.class);
        String priorities = store(codec, priority, List.of(Priority.HIGH, Priority.LOW));
        assertEquals(List.of(0), ids(priorities, "WHERE v = ?", codec.toDb(priority, 32767)));
        CodecField day = CodecField.of(FieldKind.DATE, LocalDate.class);
        String days = store(codec, day, List.of(LocalDate.of(2024, 5, 6)));
        assertEquals(List.of(0), ids(days, "WHERE v = ?", codec.toDb(day, "2024-05-06")));
    }

    @Test
    void valuesThatDoNotFitNameTheModelAndField() {
        ValueCodec codec = codec();
        ValidationException notANumber = assertThrows(ValidationException.class,
                () -> codec.toDb(CodecField.of(FieldKind.INT, Integer.class), "abc"));
        assertTrue(notANumber.getMessage().startsWith("Sample.value: cannot use String \"abc\""), notANumber.getMessage());
        ValidationException tooBig = assertThrows(ValidationException.class,
                () -> codec.toDb(CodecField.of(FieldKind.SMALLINT, Short.class), 40_000));
        assertTrue(tooBig.getMessage().contains("out of range"), tooBig.getMessage());
        ValidationException unknownValue = assertThrows(ValidationException.class,
                () -> codec.fromDb(CodecField.enumOf(FieldKind.INT_ENUM, Priority.class), 7));
        assertEquals("Sample.value: 7 is not a valid Priority; valid values are [-1, 0, 32767]", unknownValue.getMessage());
        ValidationException unknownName = assertThrows(ValidationException.class,
                () -> codec.fromDb(CodecField.enumOf(FieldKind.CHAR_ENUM, Colour.class), "BLUE"));
        assertEquals("Sample.value: 'BLUE' is not a valid Colour; valid values are [GREEN, RED, ULTRAVIOLET]",
                unknownName.getMessage());
        ValidationException badDate = assertThrows(ValidationException.class,
                () -> codec.toDb(CodecField.of(FieldKind.DATETIME, OffsetDateTime.class), "yesterday"));
        assertTrue(badDate.getMessage().contains("ISO-8601"), badDate.getMessage());
        ValidationException badJson = assertThrows(ValidationException.class,
                () -> codec.fromDb(CodecField.json(Point.class, Point.class), "{not json"));
        assertTrue(badJson.getMessage().startsWith("Sample.value:"), badJson.getMessage());
    }

    /** Microseconds of now, for tests that store the current time. */
    protected static OffsetDateTime nowMicros() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
