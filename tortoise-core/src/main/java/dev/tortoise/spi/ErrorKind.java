package dev.tortoise.spi;

/** What a driver's {@link java.sql.SQLException} means, as far as Tortoise's exceptions care. */
public enum ErrorKind {
    /** A unique, foreign-key, not-null or check constraint was violated. */
    INTEGRITY,
    /** The server could not be reached, or refused the login. */
    CONNECTION,
    /** A {@code CREATE TABLE} met an existing table. */
    TABLE_EXISTS,
    /** The database is locked by someone else for now; retrying may succeed (SQLite). */
    BUSY,
    /** Anything else the database rejected. */
    OTHER
}
