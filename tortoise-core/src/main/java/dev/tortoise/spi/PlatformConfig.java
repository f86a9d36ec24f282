package dev.tortoise.spi;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link Platform} is made from: the connection it serves and the configuration's
 * time-zone settings (upstream {@code use_tz} and {@code timezone}).
 *
 * @param alias       the connection alias ({@code default}), for messages
 * @param credentials the expanded, typed credentials of that alias (MySQL reads {@code charset},
 *                    PostgreSQL {@code schema}); never null
 * @param useTz       whether datetimes are stored as UTC ({@code true}) or as wall times in {@code timezone}
 * @param timezone    the configured zone, in which values are read back
 */
public record PlatformConfig(String alias, Map<String, Object> credentials, boolean useTz, ZoneId timezone) {

    public PlatformConfig {
        Objects.requireNonNull(alias, "alias");
        credentials = credentials == null ? Map.of() : credentials;
        Objects.requireNonNull(timezone, "timezone");
    }

    /** The settings of a connection with these credentials, {@code use_tz} off and the zone UTC (upstream's defaults). */
    public static PlatformConfig of(String alias, Map<String, Object> credentials) {
        return new PlatformConfig(alias, credentials, false, ZoneOffset.UTC);
    }

    /** No connection at all: for reading a platform's type tables ({@code describeModels}). */
    public static PlatformConfig defaults() {
        return of("(none)", Map.of());
    }
}
