package dev.tortoise.backend.h2;

import dev.tortoise.spi.FieldKind;
import dev.tortoise.testing.CodecField;
import dev.tortoise.testing.TestDatabase;
import dev.tortoise.testing.ValueCodecContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The value codec contract on H2, plus the forms values take in its native types. */
class H2ValueCodecTest extends ValueCodecContract {

    @RegisterExtension
    static final TestDatabase DB = TestDatabase.h2();

    @Test
    void datetimesKeepTheStorageZonesOffsetAndCompareAsInstants() {
        CodecField field = CodecField.of(FieldKind.DATETIME, OffsetDateTime.class);
        OffsetDateTime at = OffsetDateTime.of(2024, 2, 29, 23, 0, 0, 0, ZoneOffset.UTC);
        String utc = store(codec(true, KOLKATA), field, List.of(at));
        assertEquals(at, storedValue("v", utc), "useTz stores UTC");
        String local = store(codec(false, KOLKATA), field, List.of(at));
        assertEquals(OffsetDateTime.of(2024, 3, 1, 4, 30, 0, 0, ZoneOffset.ofHoursMinutes(5, 30)),
                storedValue("v", local), "naive mode keeps the zone's wall time");
        assertEquals(1L, storedValue("COUNT(*)", utc + " WHERE v = TIMESTAMP WITH TIME ZONE '2024-03-01 04:30:00+05:30'"));
    }

    @Test
    void uuidsAreNativeAndTimesKeepMicroseconds() {
        UUID token = UUID.randomUUID();
        assertEquals(token, storedValue("v", store(codec(), CodecField.of(FieldKind.UUID, UUID.class), List.of(token))));
        LocalTime time = LocalTime.of(7, 8, 9, 123_456_000);
        assertEquals(time, storedValue("v", store(codec(), CodecField.of(FieldKind.TIME, LocalTime.class), List.of(time))));
    }
}
