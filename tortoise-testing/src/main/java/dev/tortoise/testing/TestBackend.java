package dev.tortoise.testing;

/**
 * The backends a suite runs on, once each (see {@link AcrossBackends}). Each makes a fresh
 * {@link TestDatabase}: SQLite and H2 need nothing; PostgreSQL and MariaDB need their servers, and
 * are skipped without them with a message saying how to start them (failed under {@code CI=true}).
 * {@link #toString()} is the platform's name, so a report reads {@code CrudSuite [postgres]}.
 */
public enum TestBackend {
    /** A SQLite file in a temporary folder. */
    SQLITE("sqlite"),
    /** A database on the PostgreSQL test server ({@link TestServer#POSTGRES}). */
    POSTGRES("postgres"),
    /** A database on the MariaDB/MySQL test server ({@link TestServer#MYSQL}). */
    MYSQL("mysql"),
    /** An H2 in-memory database. */
    H2("h2");

    private final String platformName;

    TestBackend(String platformName) {
        this.platformName = platformName;
    }

    /** A new, not yet created database of this backend; {@link TestDatabase#open()} creates it. */
    public TestDatabase database() {
        return switch (this) {
            case SQLITE -> TestDatabase.sqlite();
            case POSTGRES -> TestDatabase.postgres();
            case MYSQL -> TestDatabase.mysql();
            case H2 -> TestDatabase.h2();
        };
    }

    /** The name of the backend's platform, which is also its clients' {@code dialect()}. */
    public String platformName() {
        return platformName;
    }

    @Override
    public String toString() {
        return platformName;
    }
}
