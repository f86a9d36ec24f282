package dev.tortoise.orm;

import dev.tortoise.Tortoise;
import dev.tortoise.TortoiseConfig;
import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.orm.models.Event;
import dev.tortoise.orm.models.Tournament;
import dev.tortoise.testing.BackendSuite;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

import static dev.tortoise.orm.QueryFixture.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Date-part lookups take a datetime's parts in the configured {@code timezone}, the zone values
 * are read back in, with and without {@code useTz}, whatever the JVM's or the session's zone.
 * Three instants whose parts differ between UTC and Berlin (one of them in another year there).
 */
class DatePartZoneSuite extends BackendSuite {

    private Tortoise open(boolean useTz, String zone) {
        TortoiseConfig config = TortoiseConfig.builder()
                .connection("default", database().url())
                .app("models", List.of("dev.tortoise.orm.models"), "default")
                .useTz(useTz)
                .timezone(zone)
                .build();
        Tortoise tortoise = Tortoise.init(config);
        tortoise.generateSchemas();
        Event.objects.all().delete();
        Tournament.objects.all().delete();
        Tournament cup = Tournament.named("Cup");
        event("summer", cup, "2024-07-14T20:00:00Z");    // Berlin: 2024-07-14 22:00 (CEST)
        event("winter", cup, "2023-01-02T03:04:05Z");    // Berlin: 2023-01-02 04:04:05 (CET)
        event("new year", cup, "2024-12-31T23:30:00Z");  // Berlin: 2025-01-01 00:30 (CET)
        return tortoise;
    }

    private static void event(String name, Tournament cup, String start) {
        Event.objects.create(e -> {
            e.name = name;
            e.tournament = cup;
            e.start = OffsetDateTime.parse(start);
        });
    }

    private static List<String> where(String lookup, Object value) {
        return names(Event.objects.filter(lookup, value).list());
    }

    private static void assertBerlinParts() {
        assertEquals(List.of("summer"), where("start__hour", 22));
        assertEquals(List.of("winter"), where("start__hour", 4));
        assertEquals(List.of("new year"), where("start__hour", 0));
        assertEquals(List.of("new year"), where("start__year", 2025));
        assertEquals(List.of("summer"), where("start__year", 2024));
        assertEquals(List.of("new year"), where("start__day", 1));
        assertEquals(List.of("new year", "winter"), where("start__month", 1));
        assertEquals(List.of("new year"), where("start__minute", 30));
        assertEquals(List.of("new year", "summer"), where("start__hour__in", List.of(0, 22)));
        assertEquals(List.of("new year", "summer"), where("start__year__gte", 2024));
        assertEquals(ZoneOffset.ofHours(2), Event.objects.get("name", "summer").start.getOffset(),
                "values come back in the configured zone");
    }

    @Test
    void withoutUseTzPartsAreThoseOfTheConfiguredZone() {
        try (Tortoise ignored = open(false, "Europe/Berlin")) {
            assertBerlinParts();
        }
    }

    @Test
    void withUseTzPartsAreStillThoseOfTheConfiguredZone() {
        try (Tortoise t = open(true, "Europe/Berlin")) {
            if (!database().platform().features(t.connection("default")).namedTimeZones()) {
                ConfigurationException e = assertThrows(ConfigurationException.class, () -> where("start__hour", 22));
                assertTrue(e.getMessage().contains("'start__hour'") && e.getMessage().contains("Europe/Berlin")
                        && e.getMessage().contains("time zone tables"), e.getMessage());
                // A fixed offset needs no tables: see the next test.
                return;
            }
            assertBerlinParts();
        }
    }

    @Test
    void aFixedOffsetZoneWorksEverywhere() {
        try (Tortoise ignored = open(true, "+05:30")) {
            assertEquals(List.of("summer"), where("start__day", 15));       // 2024-07-15 01:30
            assertEquals(List.of("summer"), where("start__hour", 1));
            assertEquals(List.of("winter"), where("start__minute", 34));    // 2023-01-02 08:34:05
            assertEquals(List.of("new year"), where("start__hour", 5));     // 2025-01-01 05:00
            assertEquals(List.of("new year"), where("start__year", 2025));
        }
        try (Tortoise ignored = open(false, "-03:00")) {
            assertEquals(List.of("summer"), where("start__hour", 17));
            assertEquals(List.of("new year", "summer"), where("start__year", 2024));  // 2024-12-31 20:30
            assertEquals(List.of("winter"), where("start__day", 2));        // 2023-01-02 00:04:05
            assertEquals(List.of("winter"), where("start__hour", 0));
        }
    }
}
