package dev.tortoise.internal.query;

import dev.tortoise.internal.meta.FieldMeta;
import dev.tortoise.spi.DatePart;
import dev.tortoise.spi.FieldKind;
import dev.tortoise.spi.SqlDialect;

/**
 * The SQL of a date-part lookup ({@code start__hour}, {@code created__year__gte}). A part of a
 * datetime is the part of its wall time in the configured {@code timezone}, the zone the values
 * are read back in, on every backend and with or without {@code useTz}: the platform's
 * {@link SqlDialect#wallTime} converts the column first, then {@link SqlDialect#datePart} takes
 * the part. Dates and times of day have no time zone to convert: their parts are taken as stored.
 */
final class DatePartSql {
    private final QueryContext ctx;

    DatePartSql(QueryContext ctx) {
        this.ctx = ctx;
    }

    /**
     * The integer part of a column, for the field it holds.
     *
     * @throws dev.tortoise.exceptions.ConfigurationException when the database cannot convert the
     *         datetimes to the configured zone
     */
    String of(DatePart part, FieldMeta field, String column, String lookup) {
        String local = column;
        if (field != null && field.kind() == FieldKind.DATETIME) {
            local = ctx.sql.wallTime(column, new SqlDialect.ZoneContext(ctx.runtime.timezone(), ctx.runtime.useTz(),
                    ctx.connection.features(), ctx.connection.alias(), lookup));
        }
        return ctx.sql.datePart(part, local);
    }
}
