package dev.tortoise.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

/**
 * A fresh, empty database for one benchmark iteration or one cold-start process, with the URLs
 * every contender needs to reach it. Closing it drops the database (servers) or deletes the file
 * (SQLite); an in-memory SQLite database disappears with its last connection.
 *
 * <p>Creating and dropping block on the server and are never part of a measurement.
 */
public final class BenchDatabase implements AutoCloseable {

    private static final String POSTGRES_USER = "postgres";
    private static final String MYSQL_USER = "root";

    private final Backend backend;
    private final String name;
    private final Path file;

    private BenchDatabase(Backend backend, String name, Path file) {
        this.backend = backend;
        this.name = name;
        this.file = file;
    }

    /**
     * Creates a uniquely named empty database (servers) or picks a fresh file name (SQLite file).
     *
     * @throws IllegalStateException when the server cannot be reached, naming host and port
     */
    public static BenchDatabase create(Backend backend) {
        String name = "tortoise_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        return switch (backend) {
            case SQLITE_MEMORY -> new BenchDatabase(backend, ":memory:", null);
            case SQLITE_FILE -> new BenchDatabase(backend, name, tempDir().resolve(name + ".sqlite3"));
            case POSTGRES, MYSQL -> {
                admin(backend, "CREATE DATABASE " + quote(backend, name));
                yield new BenchDatabase(backend, name, null);
            }
        };
    }

    /**
     * An existing database (made by the cold-start script): a file path for {@code sqlite-file}, a
     * database name for a server; ignored for {@code sqlite-memory}. Closing it drops nothing.
     */
    public static BenchDatabase existing(Backend backend, String nameOrPath) {
        return switch (backend) {
            case SQLITE_MEMORY -> new BenchDatabase(backend, ":memory:", null);
            case SQLITE_FILE -> new BenchDatabase(backend, null, Path.of(nameOrPath).toAbsolutePath());
            case POSTGRES, MYSQL -> new BenchDatabase(backend, nameOrPath, null);
        };
    }

    public Backend backend() {
        return backend;
    }

    /** The URL Tortoise is given, e.g. {@code postgres://postgres@127.0.0.1:5432/tortoise_bench_…}. */
    public String tortoiseUrl() {
        return switch (backend) {
            case SQLITE_MEMORY -> "sqlite://:memory:";
            case SQLITE_FILE -> "sqlite://" + file;
            case POSTGRES -> "postgres://" + POSTGRES_USER + "@" + backend.host() + ":" + backend.port() + "/" + name;
            case MYSQL -> "mysql://" + MYSQL_USER + ":@" + backend.host() + ":" + backend.port() + "/" + name;
        };
    }

    /**
     * The JDBC URL of the database. SQLite URLs carry the PRAGMAs Tortoise applies by default
     * ({@code foreign_keys}, and for files the WAL journal), so both do the same work.
     */
    public String jdbcUrl() {
        return switch (backend) {
            case SQLITE_MEMORY -> "jdbc:sqlite::memory:?foreign_keys=true";
            case SQLITE_FILE -> "jdbc:sqlite:" + file + "?foreign_keys=true&journal_mode=WAL&journal_size_limit=16384";
            case POSTGRES -> "jdbc:postgresql://" + backend.host() + ":" + backend.port() + "/" + name;
            case MYSQL -> "jdbc:mariadb://" + backend.host() + ":" + backend.port() + "/" + name;
        };
    }

    /** The user to connect as; {@code null} for SQLite. */
    public String user() {
        return switch (backend) {
            case POSTGRES -> POSTGRES_USER;
            case MYSQL -> MYSQL_USER;
            default -> null;
        };
    }

    /** The password: the local servers trust their users, so it is empty. */
    public String password() {
        return "";
    }

    /** Opens a plain JDBC connection to the database (the caller closes it). */
    public Connection connect() throws SQLException {
        Properties props = new Properties();
        if (user() != null) {
            props.setProperty("user", user());
            props.setProperty("password", password());
        }
        return DriverManager.getConnection(jdbcUrl(), props);
    }

    /** Drops the database or deletes the file with its WAL companions. */
    @Override
    public void close() {
        if (backend.isServer() && name != null) {
            admin(backend, backend == Backend.POSTGRES
                    ? "DROP DATABASE IF EXISTS " + quote(backend, name) + " WITH (FORCE)"
                    : "DROP DATABASE IF EXISTS " + quote(backend, name));
        } else if (file != null && name != null) {
            for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
                try {
                    Files.deleteIfExists(Path.of(file + suffix));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot delete " + file + suffix, e);
                }
            }
        }
    }

    @Override
    public String toString() {
        return backend.id() + " " + (file != null ? file : name);
    }

    private static void admin(Backend backend, String sql) {
        String url = backend == Backend.POSTGRES
                ? "jdbc:postgresql://" + backend.host() + ":" + backend.port() + "/postgres"
                : "jdbc:mariadb://" + backend.host() + ":" + backend.port() + "/";
        String user = backend == Backend.POSTGRES ? POSTGRES_USER : MYSQL_USER;
        try (Connection c = DriverManager.getConnection(url, user, "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run \"" + sql + "\" on " + backend.id() + " at "
                    + backend.host() + ":" + backend.port() + " as " + user + " (is the server running?): "
                    + e.getMessage(), e);
        }
    }

    private static String quote(Backend backend, String identifier) {
        return backend == Backend.POSTGRES ? "\"" + identifier + "\"" : "`" + identifier + "`";
    }

    private static Path tempDir() {
        try {
            Path dir = Path.of(System.getProperty("java.io.tmpdir"), "tortoise-bench");
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the temporary folder for SQLite files", e);
        }
    }
}
