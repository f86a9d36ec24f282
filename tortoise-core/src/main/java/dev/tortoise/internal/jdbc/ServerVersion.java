package dev.tortoise.internal.jdbc;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

/**
 * What a database server says it is, as its JDBC driver reports it: the product ({@code MariaDB},
 * {@code MySQL}, {@code PostgreSQL}, {@code SQLite}), the full version text and its major and minor
 * numbers. The query layer reads features from it that differ between versions of one dialect
 * (MariaDB 10.5 added {@code INSERT ... RETURNING}, MySQL has none).
 *
 * @param product the product name, as the driver reports it
 * @param version the full version text, such as {@code 10.11.19-MariaDB-0+deb12u1}
 * @param major   the major version number
 * @param minor   the minor version number
 */
public record ServerVersion(String product, String version, int major, int minor) {

    /** Reads the metadata of a connection (the drivers answer from the connection handshake). */
    static ServerVersion of(DatabaseMetaData metaData) throws SQLException {
        return new ServerVersion(metaData.getDatabaseProductName(), metaData.getDatabaseProductVersion(),
                metaData.getDatabaseMajorVersion(), metaData.getDatabaseMinorVersion());
    }

    /**
     * Whether the server is MariaDB rather than MySQL. The MariaDB driver names the product after
     * the server; a MariaDB server also carries "MariaDB" in its version text.
     */
    public boolean isMariaDb() {
        return product.toLowerCase(Locale.ROOT).contains("mariadb")
                || version.toLowerCase(Locale.ROOT).contains("mariadb");
    }

    /** Whether the version is {@code major.minor} or later. */
    public boolean atLeast(int wantedMajor, int wantedMinor) {
        return major > wantedMajor || major == wantedMajor && minor >= wantedMinor;
    }
}
