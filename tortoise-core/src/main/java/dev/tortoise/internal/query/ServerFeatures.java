package dev.tortoise.internal.query;

import dev.tortoise.internal.jdbc.JdbcClient;
import dev.tortoise.internal.jdbc.ServerVersion;
import dev.tortoise.spi.DbClient;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * What the query layer must know about one server beyond its dialect, found out once per client:
 * whether a multi-row INSERT can return its generated keys, and whether a MySQL/MariaDB server
 * knows named time zones. Answers are kept per client (weakly, so closed clients are forgotten);
 * the first question about a client may block on the database.
 */
final class ServerFeatures {

    // Only map reads and writes happen under the map's monitor: probes run outside it.
    private static final Map<DbClient, Boolean> NAMED_ZONES = Collections.synchronizedMap(new WeakHashMap<>());

    private ServerFeatures() {
    }

    /**
     * Whether one multi-row INSERT returns every generated key, in row order, through
     * {@code RETURNING}: SQLite and PostgreSQL always, MariaDB from 10.5, MySQL never (and its JDBC
     * driver's generated keys give only the first key of a multi-row INSERT).
     */
    static boolean multiRowInsertReturning(QueryContext ctx) {
        return multiRowInsertReturning(ctx.dialect, ctx.dialect == Dialect.MYSQL ? version(ctx.client) : null);
    }

    /** {@link #multiRowInsertReturning(QueryContext)} for a dialect and the server's version (null: unknown). */
    static boolean multiRowInsertReturning(Dialect dialect, ServerVersion version) {
        if (dialect != Dialect.MYSQL) {
            return dialect.bulkReturning();
        }
        return version != null && version.isMariaDb() && version.atLeast(10, 5);
    }

    /**
     * Whether a MySQL/MariaDB server converts between named time zones ({@code CONVERT_TZ} with
     * {@code Europe/Berlin}): only when its time zone tables are loaded. Asked once per client with a
     * probe query.
     */
    static boolean namedTimeZones(QueryContext ctx) {
        Boolean known = NAMED_ZONES.get(ctx.client);
        if (known == null) {
            Object converted = ctx.client.executeQueryDict(
                    "SELECT CONVERT_TZ('2000-01-01 00:00:00', '+00:00', 'Europe/Berlin') AS converted")
                    .getFirst().get("converted");
            known = converted != null;
            NAMED_ZONES.put(ctx.client, known);
        }
        return known;
    }

    /** The server's version, or null for a client that does not report one. */
    private static ServerVersion version(DbClient client) {
        return client instanceof JdbcClient jdbc ? jdbc.serverVersion() : null;
    }
}
