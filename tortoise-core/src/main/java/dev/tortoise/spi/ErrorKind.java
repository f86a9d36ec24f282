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
    /** A deadlock: the database rolled the transaction back (SQLSTATE 40P01, MySQL 1213); running it again may succeed. */
    DEADLOCK,
    /**
     * The transaction could not be serialized with concurrent ones (SQLSTATE 40001) or, on MySQL, waited too long
     * for a lock (1205); running it again may succeed.
     */
    SERIALIZATION,
    /** The driver and the server disagree on the wire protocol (SQLSTATE 08P01): not a failure to connect. */
    PROTOCOL,
    /** Anything else the database rejected. */
    OTHER
}
