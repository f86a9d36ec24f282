package dev.tortoise.backend.mysql;

import dev.tortoise.spi.FieldKind;
import dev.tortoise.testing.CodecField;
import dev.tortoise.testing.RequiresMysql;
import dev.tortoise.testing.TestDatabase;
import dev.tortoise.testing.ValueCodecContract;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The value codec contract on MySQL/MariaDB, plus the wall times DATETIME(6) keeps. */
@RequiresMysql
class MysqlValueCodecTest extends ValueCodecContract {

    @RegisterExtension
    static final TestDatabase DB = TestDatabase.mysql();

    @Test
    void datetimeHoldsUtcUnderUseTzAndTheZonesWallTimeWithout() {
        CodecField field = CodecField.of(FieldKind.DATETIME, OffsetDateTime.class);
        OffsetDateTime at = OffsetDateTime.of(2024, 7, 1, 12, 0, 0, 123_456_000, ZoneOffset.ofHours(2));
        String utc = store(codec(true, KOLKATA), field, List.of(at));
        assertEquals("2024-07-01 10:00:00.123456", storedValue("DATE_FORMAT(v, '%Y-%m-%d %H:%i:%s.%f')", utc));
        String wall = store(codec(false, KOLKATA), field, List.of(at));
        assertEquals("2024-07-01 15:30:00.123456", storedValue("DATE_FORMAT(v, '%Y-%m-%d %H:%i:%s.%f')", wall));
    }

    @Test
    void jsonIsQueryableAndUuidIsText() {
        String docs = store(codec(), CodecField.json(Map.class, Map.class), List.of(Map.of("name", "x")));
        assertEquals("x", storedValue("JSON_UNQUOTE(JSON_EXTRACT(v, '$.name'))", docs));
        UUID id = UUID.randomUUID();
        String uuids = store(codec(), CodecField.of(FieldKind.UUID, UUID.class), List.of(id));
        assertEquals(id.toString(), storedValue("v", uuids));
    }
}
