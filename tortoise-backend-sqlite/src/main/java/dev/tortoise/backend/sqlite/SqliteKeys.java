package dev.tortoise.backend.sqlite;

import dev.tortoise.spi.CredentialKey;
import java.util.List;
import java.util.Set;

/**
 * The credentials of a SQLite connection, each with its type, default and meaning. Every other key
 * a configuration gives becomes {@code PRAGMA key=value} on connect, as upstream does.
 */
final class SqliteKeys {

    /** The database file, relative to the working directory; {@code :memory:} is an in-memory database. */
    static final CredentialKey<String> FILE_PATH = CredentialKey.text("file_path",
            "database file, relative to the working directory, or :memory:").required();
    /** {@code PRAGMA journal_mode}; default {@code WAL}. */
    static final CredentialKey<String> JOURNAL_MODE =
            CredentialKey.text("journal_mode", "PRAGMA journal_mode").withDefault("WAL");
    /** {@code PRAGMA journal_size_limit} in bytes; default 16384. */
    static final CredentialKey<Integer> JOURNAL_SIZE_LIMIT =
            CredentialKey.integer("journal_size_limit", "PRAGMA journal_size_limit, in bytes").withDefault(16384);
    /** {@code PRAGMA foreign_keys}; default {@code ON}, so that foreign keys are enforced. */
    static final CredentialKey<String> FOREIGN_KEYS = CredentialKey.text("foreign_keys",
            "PRAGMA foreign_keys (ON enforces foreign key constraints)").withDefault("ON");
    /**
     * Milliseconds a statement keeps being retried while another connection holds the file's
     * lock; default 5000. Not a PRAGMA: the retry waits in Java, so that a waiting virtual thread
     * unmounts (SQLite's own busy handler would hold its carrier in native code), and SQLite's
     * {@code PRAGMA busy_timeout} is 0.
     */
    static final CredentialKey<Integer> BUSY_TIMEOUT = CredentialKey.integer("busy_timeout",
            "milliseconds to retry while the database file is locked (waits in Java)").withDefault(5000);
    /** Upstream's switch for REGEXP functions; accepted, no effect. Not a PRAGMA. */
    static final CredentialKey<Boolean> INSTALL_REGEXP_FUNCTIONS = CredentialKey.flag("install_regexp_functions",
            "upstream's switch for REGEXP functions; accepted, no effect").withDefault(false);
    /** Upstream client option, accepted. Not a PRAGMA. */
    static final CredentialKey<Boolean> FETCH_INSERTED =
            CredentialKey.flag("fetch_inserted", "upstream client option, accepted and not sent as a PRAGMA");
    /** The connection's alias, which upstream passes among the credentials. Not a PRAGMA. */
    static final CredentialKey<String> CONNECTION_NAME =
            CredentialKey.text("connection_name", "the alias of the connection, supplied by Tortoise");

    /** Every declared key, in documentation order. */
    static final List<CredentialKey<?>> ALL = List.of(FILE_PATH, JOURNAL_MODE, JOURNAL_SIZE_LIMIT, FOREIGN_KEYS,
            BUSY_TIMEOUT, INSTALL_REGEXP_FUNCTIONS, FETCH_INSERTED, CONNECTION_NAME);

    /** The declared PRAGMAs, run first with their defaults so that they apply however the connection was configured. */
    static final List<CredentialKey<?>> PRAGMA_DEFAULTS = List.of(JOURNAL_MODE, JOURNAL_SIZE_LIMIT, FOREIGN_KEYS);

    /** Keys that are never sent as PRAGMAs. */
    static final Set<String> NOT_PRAGMAS = Set.of(FILE_PATH.name(), BUSY_TIMEOUT.name(),
            INSTALL_REGEXP_FUNCTIONS.name(), FETCH_INSERTED.name(), CONNECTION_NAME.name());

    private SqliteKeys() {
    }
}
