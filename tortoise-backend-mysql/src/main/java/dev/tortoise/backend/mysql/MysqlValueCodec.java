package dev.tortoise.backend.mysql;

import dev.tortoise.spi.jdbc.BaseValueCodec;
import java.time.ZoneId;

/**
 * MySQL and MariaDB: the shared conversions fit as they are. DATETIME(6) and TIME(6) have no time
 * zone, so datetimes are bound as {@code LocalDateTime} wall times (UTC under {@code useTz}, the
 * configured zone otherwise) and times as {@code LocalTime}; BOOL is TINYINT(1), UUIDs are
 * {@code CHAR(36)} text, JSON is bound as text and durations as microseconds.
 */
final class MysqlValueCodec extends BaseValueCodec {

    MysqlValueCodec(boolean useTz, ZoneId timezone) {
        super(useTz, timezone);
    }
}
