package dev.tortoise.backend.h2;

import dev.tortoise.spi.CredentialKey;
import dev.tortoise.spi.jdbc.ServerKeys;
import java.util.List;
import java.util.Set;

/**
 * The credentials of an H2 connection, each with its type, default and meaning. A URL
 * {@code h2:mem:NAME} gives {@code mode=mem} and {@code database=NAME}, {@code h2:file:PATH} gives
 * {@code mode=file} and {@code database=PATH}.
 *
 * <p>Any other key written in upper case ({@code LOCK_TIMEOUT}, {@code MAX_MEMORY_ROWS},
 * {@code TRACE_LEVEL_FILE} …) is an H2 database setting and is appended to the JDBC URL as
 * {@code ;KEY=VALUE}; see {@link H2Settings#OWNED_SETTINGS} for the few that the backend sets itself
 * and refuses. Other lower-case keys (such as upstream's {@code connection_name}) are ignored, as on
 * the other backends.
 */
final class H2Keys {

    /** {@code mem} (a named in-memory database of this JVM) or {@code file}; default {@code file}, as H2's own URLs. */
    static final CredentialKey<String> MODE =
            CredentialKey.text("mode", "mem for a named in-memory database, file for a database file").withDefault("file");
    /** The in-memory database's name, or the file's path without {@code .mv.db} (relative to the working directory). */
    static final CredentialKey<String> DATABASE = CredentialKey.text("database",
            "in-memory database name, or database file path without .mv.db (relative to the working directory)").required();
    /** User name; default {@code sa}, H2's administrator, who creates the database on first connect. */
    static final CredentialKey<String> USER = CredentialKey.text("user", "user name to log in with").withDefault("sa");
    /** Password; default empty. Secret. */
    static final CredentialKey<String> PASSWORD = ServerKeys.password("");
    /** Connections the pool keeps open; default 1. */
    static final CredentialKey<Integer> MINSIZE = ServerKeys.MINSIZE;
    /** Most connections the pool opens; default 5. */
    static final CredentialKey<Integer> MAXSIZE = ServerKeys.MAXSIZE;

    /** Every declared key, in documentation order. */
    static final List<CredentialKey<?>> ALL = List.of(MODE, DATABASE, USER, PASSWORD, MINSIZE, MAXSIZE);

    /** The names of the declared keys: never passed to H2 as settings. */
    static final Set<String> DECLARED = Set.of(MODE.name(), DATABASE.name(), USER.name(), PASSWORD.name(),
            MINSIZE.name(), MAXSIZE.name());

    private H2Keys() {
    }
}
