package dev.tortoise.backend.mysql;

import dev.tortoise.spi.DbClient;
import dev.tortoise.spi.ServerFeatures;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * What differs between MySQL and MariaDB servers, found out with one query each on first need:
 * MariaDB 10.5 and later return the keys of a multi-row INSERT through {@code RETURNING} (MySQL
 * never, and its driver reports only the first key of such an INSERT); {@code CONVERT_TZ} knows
 * named zones only when the server's time zone tables are loaded.
 */
final class MysqlServerFeatures implements ServerFeatures {

    private final Lazy returning;
    private final Lazy namedZones;

    MysqlServerFeatures(DbClient client) {
        this.returning = new Lazy(() -> returningFrom(String.valueOf(
                client.executeQueryDict("SELECT VERSION() AS v").getFirst().get("v"))));
        this.namedZones = new Lazy(() -> client.executeQueryDict(
                "SELECT CONVERT_TZ('2000-01-01 00:00:00', '+00:00', 'Europe/Berlin') AS converted")
                .getFirst().get("converted") != null);
    }

    @Override
    public boolean multiRowInsertReturning() {
        return returning.get();
    }

    @Override
    public boolean namedTimeZones() {
        return namedZones.get();
    }

    /** {@code 10.11.6-MariaDB-0+deb12u1}: MariaDB from 10.5; a MySQL version string never. */
    static boolean returningFrom(String version) {
        if (!version.toLowerCase(Locale.ROOT).contains("mariadb")) {
            return false;
        }
        String[] parts = version.split("[.-]");
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            return major > 10 || major == 10 && minor >= 5;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A fact found once; two first callers may both ask, and agree. */
    private static final class Lazy {
        private final BooleanSupplier probe;
        private volatile Boolean value;

        Lazy(BooleanSupplier probe) {
            this.probe = probe;
        }

        boolean get() {
            Boolean known = value;
            if (known == null) {
                known = probe.getAsBoolean();
                value = known;
            }
            return known;
        }
    }
}
