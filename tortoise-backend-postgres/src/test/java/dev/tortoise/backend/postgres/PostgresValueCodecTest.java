package dev.tortoise.backend.postgres;

import dev.tortoise.spi.FieldKind;
import dev.tortoise.testing.CodecField;
import dev.tortoise.testing.RequiresPostgres;
import dev.tortoise.testing.TestDatabase;
import dev.tortoise.testing.ValueCodecContract;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The value codec contract on PostgreSQL, plus the native types values land in. */
@RequiresPostgres
class PostgresValueCodecTest extends ValueCodecContract {

    @RegisterExtension
    static final TestDatabase DB = TestDatabase.postgres();

    @Test
    void timestamptzHoldsTheInstantWhateverTheSettings() {
        CodecField field = CodecField.of(FieldKind.DATETIME, OffsetDateTime.class);
        OffsetDateTime at = OffsetDateTime.of(2024, 7, 1, 12, 0, 0, 123_456_000, ZoneOffset.ofHours(2));
        for (boolean useTz : new boolean[]{false, true}) {
            String table = store(codec(useTz, KOLKATA), field, List.of(at));
            assertEquals("2024-07-01 10:00:00.123456",
                    storedValue("to_char(v AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')", table), "useTz=" + useTz);
        }
    }

    @Test
    void timetzKeepsTheZonesStandardOffset() {
        String table = store(codec(false, KOLKATA), CodecField.of(FieldKind.TIME, LocalTime.class),
                List.of(LocalTime.of(12, 34, 56, 123_456_000)));
        assertEquals("12:34:56.123456+05:30", storedValue("v::text", table));
    }

    @Test
    void jsonIsJsonbAndUuidIsNative() {
        CodecField json = CodecField.json(Map.class, Map.class);
        String docs = store(codec(), json, List.of(Map.of("name", "x", "n", 3)));
        assertEquals("x", storedValue("v->>'name'", docs));
        assertEquals("jsonb", storedValue("pg_typeof(v)::text", docs));
        UUID id = UUID.randomUUID();
        String uuids = store(codec(), CodecField.of(FieldKind.UUID, UUID.class), List.of(id));
        assertEquals(id, storedValue("v", uuids));
    }
}
