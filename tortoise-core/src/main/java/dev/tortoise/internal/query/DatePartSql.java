package dev.tortoise.internal.query;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.internal.meta.FieldMeta;
import dev.tortoise.internal.meta.FieldType;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The SQL of a date-part lookup ({@code start__hour}, {@code created__year__gte}). A part of a
 * datetime is the part of its wall time in the configured {@code timezone}, the zone the values
 * are read back in, on every backend and with or without {@code useTz}:
 * <ul>
 *   <li>PostgreSQL keeps instants ({@code TIMESTAMPTZ}): {@code col AT TIME ZONE 'Europe/Berlin'}
 *       (a fixed offset as an ISO interval, since PostgreSQL reads {@code '+02:00'} as POSIX, west
 *       of Greenwich), so the session's {@code TimeZone} plays no part.</li>
 *   <li>MySQL/MariaDB and SQLite keep wall times: the configured zone's without {@code useTz},
 *       used as they are; UTC with {@code useTz}, converted first. MySQL converts with
 *       {@code CONVERT_TZ}: any fixed offset always, a zone with daylight saving only when the
 *       server's time zone tables are loaded ({@code mysql_tzinfo_to_sql}); otherwise the lookup
 *       fails with a {@link ConfigurationException} rather than compare wrong hours. SQLite
 *       converts with {@code tortoise_wall_time(col, zone)}, a function the SQLite backend
 *       registers on its connection (SQLite has no time zone data).</li>
 * </ul>
 * Dates and times of day have no time zone to convert: their parts are taken as stored.
 */
final class DatePartSql {
    private final QueryContext ctx;

    DatePartSql(QueryContext ctx) {
        this.ctx = ctx;
    }

    /**
     * The integer part of a column, for the field it holds.
     *
     * @throws ConfigurationException on MySQL with {@code useTz}, for a zone with daylight saving the server cannot convert to
     */
    String of(DatePart part, FieldMeta field, String column, String lookup) {
        String local = field != null && field.type() == FieldType.DATETIME ? wallTime(column, lookup) : column;
        return ctx.dialect.datePart(part, local);
    }

    private String wallTime(String column, String lookup) {
        ZoneId zone = ctx.runtime.timezone();
        ZoneOffset fixed = zone.getRules().isFixedOffset() ? zone.getRules().getOffset(java.time.Instant.EPOCH) : null;
        boolean utc = fixed != null && fixed.getTotalSeconds() == 0;
        return switch (ctx.dialect) {
            case POSTGRES -> "(" + column + " AT TIME ZONE " + (fixed != null
                    ? "INTERVAL '" + offsetText(fixed) + "'" : literal(zone.getId())) + ")";
            case MYSQL -> !ctx.runtime.useTz() || utc ? column
                    : "CONVERT_TZ(" + column + ",'+00:00'," + mysqlZone(zone, fixed, lookup) + ")";
            case SQLITE -> !ctx.runtime.useTz() || utc ? column
                    : "tortoise_wall_time(" + column + "," + literal(zone.getId()) + ")";
        };
    }

    private String mysqlZone(ZoneId zone, ZoneOffset fixed, String lookup) {
        if (fixed != null) {
            return "'" + offsetText(fixed).substring(0, 6) + "'";
        }
        if (!ServerFeatures.namedTimeZones(ctx)) {
            throw new ConfigurationException("The date-part lookup '" + lookup + "' needs the datetimes of connection '"
                    + ctx.client.connectionName() + "' (stored in UTC, use_tz is on) in time zone " + zone.getId()
                    + ", but the MySQL/MariaDB server has no time zone tables to convert them: load them"
                    + " (mysql_tzinfo_to_sql /usr/share/zoneinfo | mysql mysql), or configure a fixed-offset"
                    + " timezone such as +02:00, or turn use_tz off");
        }
        return literal(zone.getId());
    }

    /** {@code +05:30:00}: an offset with its seconds, the sign east of Greenwich. */
    private static String offsetText(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        int abs = Math.abs(seconds);
        return "%s%02d:%02d:%02d".formatted(seconds < 0 ? "-" : "+", abs / 3600, abs / 60 % 60, abs % 60);
    }

    /** A zone name as an SQL string literal; zone IDs hold letters, digits, {@code /_+-} only, but quotes are doubled anyway. */
    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
