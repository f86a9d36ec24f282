package dev.tortoise.spi;

/**
 * What the query layer must know about a running server beyond its platform: facts that depend on
 * the server's version or configuration. The runtime asks {@link Platform#features(DbClient)} once
 * per connection alias and keeps the answer; an implementation may find a fact out lazily, on the
 * first question about it (which may then block on the database), and must remember it.
 */
public interface ServerFeatures {

    /** The answers of a server that has every feature. */
    ServerFeatures STANDARD = new ServerFeatures() {
    };

    /**
     * Whether one multi-row {@code INSERT ... RETURNING} returns every generated key (in any order).
     * Otherwise rows whose key the database generates are inserted one statement each.
     */
    default boolean multiRowInsertReturning() {
        return true;
    }

    /**
     * Whether the server converts between named time zones ({@code Europe/Berlin}), as
     * {@link SqlDialect#wallTime} may need.
     */
    default boolean namedTimeZones() {
        return true;
    }
}
