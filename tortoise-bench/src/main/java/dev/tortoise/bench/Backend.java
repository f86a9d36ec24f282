package dev.tortoise.bench;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Where a benchmark runs: the four values of the {@code backend} parameter. Server backends talk to
 * the local PostgreSQL and MariaDB on their standard ports (override with the system properties
 * {@code bench.postgres.host}, {@code bench.postgres.port}, {@code bench.mysql.host},
 * {@code bench.mysql.port}).
 */
public enum Backend {
    /** SQLite, {@code :memory:}: a database that lives as long as its one connection. */
    SQLITE_MEMORY("sqlite-memory", "sqlite"),
    /** SQLite, a fresh file in a temporary folder (WAL journal, as Tortoise's default). */
    SQLITE_FILE("sqlite-file", "sqlite"),
    /** PostgreSQL, a fresh database per iteration. */
    POSTGRES("postgres", "postgres"),
    /** MySQL or MariaDB, a fresh database per iteration. */
    MYSQL("mysql", "mysql");

    private final String id;
    private final String dialect;

    Backend(String id, String dialect) {
        this.id = id;
        this.dialect = dialect;
    }

    /** The parameter value, e.g. {@code sqlite-file}. */
    public String id() {
        return id;
    }

    /** The SQL dialect: {@code sqlite}, {@code postgres} or {@code mysql}; also the DDL resource name. */
    public String dialect() {
        return dialect;
    }

    /** Whether the database is a server reached over TCP. */
    public boolean isServer() {
        return this == POSTGRES || this == MYSQL;
    }

    /** Whether a database of this kind runs DDL inside a transaction (MySQL commits each DDL statement). */
    public boolean hasTransactionalDdl() {
        return this != MYSQL;
    }

    /** Host of the server, from {@code bench.<dialect>.host}, default {@code 127.0.0.1}. */
    public String host() {
        return System.getProperty("bench." + dialect + ".host", "127.0.0.1");
    }

    /** Port of the server, from {@code bench.<dialect>.port}, default 5432 or 3306. */
    public int port() {
        return Integer.getInteger("bench." + dialect + ".port", this == POSTGRES ? 5432 : 3306);
    }

    /**
     * The backend of a parameter value.
     *
     * @throws IllegalArgumentException naming the value and listing the valid ones
     */
    public static Backend of(String id) {
        for (Backend b : values()) {
            if (b.id.equals(id)) {
                return b;
            }
        }
        throw new IllegalArgumentException("Unknown backend \"" + id + "\"; expected one of "
                + Arrays.stream(values()).map(Backend::id).collect(Collectors.joining(", ")));
    }
}
