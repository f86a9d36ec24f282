package dev.tortoise.types;

import dev.tortoise.Tortoise;
import dev.tortoise.TortoiseConfig;
import dev.tortoise.exceptions.ValidationException;
import dev.tortoise.internal.runtime.TortoiseRuntime;
import dev.tortoise.spi.ValueCodec;
import dev.tortoise.testing.BackendSuite;
import dev.tortoise.types.ZonedModels.Meeting;
import dev.tortoise.types.models.Gear;
import dev.tortoise.types.models.Gear.Colour;
import dev.tortoise.types.models.Gear.Grade;
import dev.tortoise.types.models.Gear.Part;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Every field type through the whole stack (schema generation, save, get, filters, ordering) on
 * each backend.
 */
class TypesSuite extends BackendSuite {
    private static final OffsetDateTime AT = OffsetDateTime.of(2024, 2, 29, 23, 59, 58, 123_456_000, ZoneOffset.UTC);

    protected Tortoise tortoise;

    @BeforeParameterizedClassInvocation
    void open() {
        tortoise = database().closeAfter(Tortoise.init(database().url(),
                Map.of("types", List.of("dev.tortoise.types.models"))));
        createTables(tortoise, Gear.class);
    }

    @BeforeEach
    void empty() {
        Gear.objects.all().delete();
    }

    /** {@code generateSchemas()}, or the generator itself while that is not wired. */
    static void createTables(Tortoise tortoise, Class<?> model) {
        tortoise.generateSchemas();
    }

    private static Gear full(String name) {
        return Gear.objects.create(g -> {
            g.name = name;
            g.count = Integer.MIN_VALUE;
            g.rank = 3;
            g.big = Long.MAX_VALUE;
            g.small = Short.MIN_VALUE;
            g.notes = "ünï\ncode ✓ 😀 " + "x".repeat(5_000);
            g.active = true;
            g.price = new BigDecimal("123456789.125");
            g.at = AT.withOffsetSameInstant(ZoneOffset.ofHours(-7));
            g.instant = AT.toInstant();
            g.local = AT.toLocalDateTime();
            g.day = LocalDate.of(2024, 2, 29);
            g.time = LocalTime.of(23, 59, 59, 999_999_000);
            g.span = Duration.ofDays(3).plusNanos(1_000);
            g.ratio = 0.1;
            g.parts = List.of(new Part("bolt", 3), new Part("nut", 4));
            g.doc = Map.of("a", 1, "b", List.of("x", "y"), "c", Map.of("d", true));
            g.token = UUID.randomUUID();
            g.blob = new byte[]{0, 1, -1, 127, -128};
            g.grade = Grade.TOP;
            g.colour = Colour.ULTRAVIOLET;
        });
    }

    @Test
    void everyFieldTypeGoesThroughAUnion() {
        Gear saved = full("full");
        full("other");
        // UNION compares whole rows: JSON, binary, text and decimal columns must be comparable on every backend.
        assertEquals(2, Gear.objects.all().union(Gear.objects.all()).count());
        assertEquals(4, Gear.objects.all().unionAll(Gear.objects.all()).count());
        Gear back = Gear.objects.filter("name", "full").union(Gear.objects.filter("pk", saved.pk())).get();
        assertEquals(saved.doc, back.doc);
        assertEquals(saved.notes, back.notes);
        assertEquals(saved.price, back.price);
        assertArrayEquals(saved.blob, back.blob);
        assertEquals(saved.span, back.span);
    }

    @Test
    void everyFieldTypeRoundTrips() {
        Gear saved = full("full");
        Gear back = Gear.objects.get("pk", saved.pk());
        assertEquals(saved.name, back.name);
        assertEquals(saved.count, back.count);
        assertEquals(saved.rank, back.rank);
        assertEquals(saved.big, back.big);
        assertEquals(saved.small, back.small);
        assertEquals(saved.notes, back.notes);
        assertEquals(saved.active, back.active);
        assertEquals(saved.price, back.price);
        assertEquals(AT, back.at, "read back in the configured zone (UTC)");
        assertEquals(saved.instant, back.instant);
        assertEquals(saved.local, back.local);
        assertEquals(saved.day, back.day);
        assertEquals(saved.time, back.time);
        assertEquals(saved.span, back.span);
        assertEquals(saved.ratio, back.ratio);
        assertEquals(saved.parts, back.parts);
        assertEquals(saved.doc, back.doc);
        assertEquals(saved.token, back.token);
        assertArrayEquals(saved.blob, back.blob);
        assertSame(Grade.TOP, back.grade);
        assertSame(Colour.ULTRAVIOLET, back.colour);
    }

    @Test
    void nullsRoundTrip() {
        Gear saved = Gear.objects.create(g -> g.name = "empty");
        Gear back = Gear.objects.get("pk", saved.pk());
        assertNull(back.count);
        assertNull(back.price);
        assertNull(back.at);
        assertNull(back.parts);
        assertNull(back.blob);
        assertNull(back.grade);
        assertEquals(0, back.rank);
    }

    @Test
    void decimalsCompareAndSortAsNumbers() {
        for (String price : List.of("9.5", "10.25", "100", "-3")) {
            Gear.objects.create(g -> {
                g.name = price;
                g.price = new BigDecimal(price);
            });
        }
        assertEquals(List.of("-3", "9.5", "10.25", "100"),
                Gear.objects.all().orderBy("price").list().stream().map(g -> g.name).toList());
        assertEquals(List.of("10.25", "100"),
                Gear.objects.filter("price__gt", new BigDecimal("10")).orderBy("price").list().stream().map(g -> g.name).toList());
        assertEquals(1, Gear.objects.filter("price", new BigDecimal("9.500")).count());
    }

    @Test
    void datetimesCompareInTimeOrderWhateverTheirOffset() {
        Gear.objects.create(g -> {
            g.name = "later";
            g.at = AT.plusHours(1).withOffsetSameInstant(ZoneOffset.ofHours(-10));
        });
        Gear.objects.create(g -> {
            g.name = "earlier";
            g.at = AT.withOffsetSameInstant(ZoneOffset.ofHours(9));
        });
        assertEquals(List.of("earlier", "later"), Gear.objects.all().orderBy("at").list().stream().map(g -> g.name).toList());
        assertEquals(List.of("later"), Gear.objects.filter("at__gt", AT).list().stream().map(g -> g.name).toList());
        assertEquals(1, Gear.objects.filter("at", AT.toInstant()).count());
    }

    @Test
    void lookupsTakeEnumsUuidsAndJsonTypesAsValues() {
        Gear saved = full("full");
        assertEquals(1, Gear.objects.filter("grade", Grade.TOP).count());
        assertEquals(1, Gear.objects.filter("colour__in", List.of(Colour.ULTRAVIOLET, Colour.RED)).count());
        assertEquals(1, Gear.objects.filter("token", saved.token).count());
        assertEquals(1, Gear.objects.filter("day", LocalDate.of(2024, 2, 29)).count());
        assertEquals(0, Gear.objects.filter("active", false).count());
    }

    @Test
    void valuesThatDoNotFitAreRefusedBeforeTheDatabase() {
        ValidationException tooLong = assertThrows(ValidationException.class,
                () -> Gear.objects.create(g -> g.name = "a name that is much too long"));
        assertEquals("Gear.name: Length of 'a name that is much too long' 28 > 20", tooLong.getMessage());
        ValidationException tooManyDigits = assertThrows(ValidationException.class, () -> Gear.objects.create(g -> {
            g.name = "pricey";
            g.price = new BigDecimal("1234567890");
        }));
        assertEquals("Gear.price: Value 1234567890 has 10 digits before the decimal point, but DecimalField(max_digits=12,"
                + " decimal_places=3) allows at most 9", tooManyDigits.getMessage());
        ValidationException noName = assertThrows(ValidationException.class, () -> Gear.objects.create(g -> { }));
        assertEquals("Gear.name is non nullable field, but null was passed", noName.getMessage());
        assertEquals(0, Gear.objects.count());
    }

    @Test
    void anInstanceWithUseTzAndAZoneReadsBackInThatZone() {
        TortoiseConfig config = TortoiseConfig.builder()
                .connection("default", database().url())
                .app("zoned", List.of(ZonedModels.class.getName()), "default")
                .useTz(true)
                .timezone("Asia/Kolkata")
                .build();
        try (Tortoise zoned = Tortoise.init(config)) {
            createTables(zoned, Meeting.class);
            ValueCodec codec = TortoiseRuntime.of(Meeting.class).connection("default").platform().codec();
            assertSame(codec, TortoiseRuntime.of(Meeting.class).connection("default").platform().codec(), "made once per alias");
            LocalDateTime wall = LocalDateTime.of(2024, 7, 1, 9, 30);
            Meeting saved = Meeting.objects.create(m -> {
                m.at = AT;
                m.wall = wall;
                m.time = LocalTime.of(9, 30, 0, 1_000);
            });
            Meeting back = Meeting.objects.get("pk", saved.pk());
            assertEquals(AT.toInstant(), back.at.toInstant());
            assertEquals(ZoneOffset.ofHoursMinutes(5, 30), back.at.getOffset());
            assertEquals(ZoneOffset.ofHoursMinutes(5, 30), back.created.getOffset());
            assertEquals(wall, back.wall, "a LocalDateTime is a wall time in the configured zone");
            assertEquals(LocalTime.of(9, 30, 0, 1_000), back.time);
            assertEquals(1, Meeting.objects.filter("wall", wall.atZone(config.zone()).toOffsetDateTime()).count());
        }
    }
}
