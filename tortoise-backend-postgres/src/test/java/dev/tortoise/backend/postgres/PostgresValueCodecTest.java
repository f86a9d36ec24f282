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

    @Override
    protected TestDatabase database() {
        return DB;
    }

    @Override
    protected String sqlType(CodecField field) {
        return switch (field.kind()) {
            case INT -> "INT";
            case BIGINT, TIMEDELTA -> "BIGINT";
            case SMALLINT, INT_ENUM -> "SMALLINT";
            case CHAR, CHAR_ENUM -> "VARCHAR(" + field.maxLength() + ")";
            case TEXT -> "TEXT";
            case BOOLEAN -> "BOOL";
            case DECIMAL -> "DECIMAL(" + field.maxDigits() + "," + field.decimalPlaces() + ")";
            case DATETIME -> "TIMESTAMPTZ";
            case DATE -> "DATE";
            case TIME -> "TIMETZ";
            case FLOAT -> "DOUBLE PRECISION";
            case JSON -> "JSONB";
            case UUID -> "UUID";
            case BINARY -> "BYTEA";
        };
    }

    private Object storedText(String expression, String table) {
        return client().executeQueryDict("SELECT " + expression + " AS x FROM " + table + " ORDER BY id").get(0).get("x");
    }

    @Test
    void timestamptzHoldsTheInstantWhateverTheSettings() {
        CodecField field = CodecField.of(FieldKind.DATETIME, OffsetDateTime.class);
        OffsetDateTime at = OffsetDateTime.of(2024, 7, 1, 12, 0, 0, 123_456_000, ZoneOffset.ofHours(2));
        for (boolean useTz : new boolean[]{false, true}) {
            String table = store(codec(useTz, KOLKATA), field, List.of(at));
            assertEquals("2024-07-01 10:00:00.123456",
                    storedText("to_char(v AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')", table), "useTz=" + useTz);
        }
    }

    @Test
    void timetzKeepsTheZonesStandardOffset() {
        String table = store(codec(false, KOLKATA), CodecField.of(FieldKind.TIME, LocalTime.class),
                List.of(LocalTime.of(12, 34, 56, 123_456_000)));
        assertEquals("12:34:56.123456+05:30", storedText("v::text", table));
    }

    @Test
    void jsonIsJsonbAndUuidIsNative() {
        CodecField json = CodecField.json(Map.class, Map.class);
        String docs = store(codec(), json, List.of(Map.of("name", "x", "n", 3)));
        assertEquals("x", storedText("v->>'name'", docs));
        assertEquals("jsonb", storedText("pg_typeof(v)::text", docs));
        UUID id = UUID.randomUUID();
        String uuids = store(codec(), CodecField.of(FieldKind.UUID, UUID.class), List.of(id));
        assertEquals(id, storedText("v", uuids));
    }
}
