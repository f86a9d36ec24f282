package dev.tortoise.backend.sqlite;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** {@code tortoise_wall_time}: UTC text to the wall time of a named zone, daylight saving included. */
class SqliteFunctionsTest {

    @Test
    void convertsStoredUtcTextToTheZonesWallTime() {
        assertEquals("2024-07-14 22:00:00.123456", SqliteFunctions.wallTime("2024-07-14 20:00:00.123456+00:00", "Europe/Berlin"));
        assertEquals("2025-01-01 00:30:00.000000", SqliteFunctions.wallTime("2024-12-31 23:30:00.000000+00:00", "Europe/Berlin"));
        assertEquals("2024-07-15 01:30:00.000000", SqliteFunctions.wallTime("2024-07-14T20:00:00Z", "Asia/Kolkata"));
        assertEquals("2024-07-14 16:00:00.000000", SqliteFunctions.wallTime("2024-07-14 20:00:00", "America/New_York"));
        assertEquals("2024-07-14 20:00:00.000000", SqliteFunctions.wallTime("2024-07-14 22:00:00+02:00", "UTC"));
    }

    @Test
    void answersNullForNullOrWhatIsNotADatetime() {
        assertNull(SqliteFunctions.wallTime(null, "Europe/Berlin"));
        assertNull(SqliteFunctions.wallTime("2024-07-14 20:00:00", null));
        assertNull(SqliteFunctions.wallTime("not a date", "Europe/Berlin"));
        assertNull(SqliteFunctions.wallTime("2024-07-14 20:00:00", "Nowhere/Atlantis"));
    }
}
