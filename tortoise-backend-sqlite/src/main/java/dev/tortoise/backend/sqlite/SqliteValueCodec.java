package dev.tortoise.backend.sqlite;

import dev.tortoise.spi.jdbc.BaseValueCodec;
import dev.tortoise.spi.FieldInfo;
import dev.tortoise.spi.FieldKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * SQLite keeps few types, so values are stored in forms that compare correctly:
 * <ul>
 *   <li>DECIMAL as its plain text with the field's decimal places ({@code "12.50"}); text does not
 *       compare as a number, so {@link #comparableColumn} answers {@code CAST(col AS NUMERIC)}
 *       for WHERE, ORDER BY and aggregates;</li>
 *   <li>BOOLEAN as 0/1;</li>
 *   <li>DATETIME as fixed-width text {@code 2024-05-06 07:08:09.123456}, with {@code +00:00}
 *       appended under {@code useTz} (UTC); without it, the configured zone's wall time. Fixed width
 *       keeps text order equal to time order, and SQLite's date functions read the form;</li>
 *   <li>DATE as {@code 2024-05-06}, TIME as {@code 07:08:09.123456}, UUID as its text, JSON as text,
 *       TIMEDELTA as microseconds.</li>
 * </ul>
 */
final class SqliteValueCodec extends BaseValueCodec {
    private static final DateTimeFormatter WALL_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS");

    SqliteValueCodec(boolean useTz, ZoneId timezone) {
        super(useTz, timezone);
    }

    @Override
    public String comparableColumn(FieldInfo field, String quotedColumn) {
        return field.kind() == FieldKind.DECIMAL ? "CAST(" + quotedColumn + " AS NUMERIC)" : quotedColumn;
    }

    @Override
    protected Object booleanToDb(Boolean value) {
        return value ? 1 : 0;
    }

    @Override
    protected Object decimalToDb(BigDecimal value) {
        return value.toPlainString();
    }

    @Override
    protected Object datetimeToDb(Instant value) {
        String wall = WALL_TIME.format(LocalDateTime.ofInstant(value, storageZone()));
        return useTz() ? wall + "+00:00" : wall;
    }

    @Override
    protected Object dateToDb(LocalDate value) {
        return value.toString();
    }

    @Override
    protected Object timeToDb(LocalTime value) {
        return TIME.format(value);
    }
}
