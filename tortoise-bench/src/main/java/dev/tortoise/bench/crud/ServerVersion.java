package dev.tortoise.bench.crud;

import dev.tortoise.bench.BenchDatabase;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/** The product and version a database reports over JDBC, for the report. */
final class ServerVersion {

    private ServerVersion() {
    }

    /** {@code "PostgreSQL 15.20"}, {@code "MariaDB 10.11.19-MariaDB-0+deb12u1"}, or why it is unknown. */
    static String of(BenchDatabase database) {
        try (Connection c = database.connect()) {
            DatabaseMetaData meta = c.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}
