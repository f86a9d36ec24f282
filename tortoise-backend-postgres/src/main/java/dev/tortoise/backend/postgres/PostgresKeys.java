package dev.tortoise.backend.postgres;

import dev.tortoise.spi.CredentialKey;
import dev.tortoise.spi.jdbc.ServerKeys;
import java.util.List;

/**
 * The credentials only PostgreSQL has, each with its type, default and meaning; the shared server
 * keys ({@code host}, {@code port}, {@code user} …) are {@link ServerKeys}. The asyncpg options are
 * typed so that upstream URLs keep working; they have no effect.
 */
final class PostgresKeys {

    /** Port 5432. */
    static final CredentialKey<Integer> PORT = ServerKeys.port(5432);
    /** The password; none when not given (pgjdbc treats a missing password apart from an empty one). */
    static final CredentialKey<String> PASSWORD = ServerKeys.password(null);
    /** Seconds to wait while a connection opens; default 10 (pgjdbc's), 0 waits without limit. */
    static final CredentialKey<Double> TIMEOUT = ServerKeys.connectTimeout("timeout", 10.0);
    /** The asyncpg spelling of {@code minsize}, read when {@code minsize} is absent. */
    static final CredentialKey<Integer> MIN_SIZE = CredentialKey.integer("min_size", "asyncpg spelling of minsize");
    /** The asyncpg spelling of {@code maxsize}, read when {@code maxsize} is absent. */
    static final CredentialKey<Integer> MAX_SIZE = CredentialKey.integer("max_size", "asyncpg spelling of maxsize");
    /** Schema that becomes the connection's {@code search_path}; absent means the server's default. */
    static final CredentialKey<String> SCHEMA = CredentialKey.text("schema", "schema set as search_path");
    /** {@code application_name} reported to the server. */
    static final CredentialKey<String> APPLICATION_NAME =
            CredentialKey.text("application_name", "application_name reported to the server");
    /** Server settings applied to each connection. Cannot come from a URL. */
    static final CredentialKey<java.util.Map<String, Object>> SERVER_SETTINGS =
            CredentialKey.map("server_settings", "server settings applied to each connection");
    /** asyncpg: queries before a connection is replaced; no effect. */
    static final CredentialKey<Integer> MAX_QUERIES =
            CredentialKey.integer("max_queries", "asyncpg: queries before a connection is replaced; no effect");
    /** asyncpg: seconds an idle pooled connection is kept; no effect (HikariCP closes idle ones above minsize). */
    static final CredentialKey<Double> MAX_INACTIVE_CONNECTION_LIFETIME = CredentialKey.number(
            "max_inactive_connection_lifetime", "asyncpg: seconds an idle pooled connection is kept; no effect");
    /** asyncpg: prepared statements cached per connection; no effect. */
    static final CredentialKey<Integer> STATEMENT_CACHE_SIZE = CredentialKey.integer("statement_cache_size",
            "asyncpg: prepared statements cached per connection; no effect");
    /** asyncpg: seconds a cached statement lives; no effect. */
    static final CredentialKey<Integer> MAX_CACHED_STATEMENT_LIFETIME = CredentialKey.integer(
            "max_cached_statement_lifetime", "asyncpg: seconds a cached statement lives; no effect");
    /** asyncpg: largest statement cached, in bytes; no effect. */
    static final CredentialKey<Integer> MAX_CACHEABLE_STATEMENT_SIZE = CredentialKey.integer(
            "max_cacheable_statement_size", "asyncpg: largest statement cached, in bytes; no effect");

    /** This backend's own keys, in documentation order. */
    static final List<CredentialKey<?>> OWN = List.of(MIN_SIZE, MAX_SIZE, SCHEMA, APPLICATION_NAME, SERVER_SETTINGS,
            MAX_QUERIES, MAX_INACTIVE_CONNECTION_LIFETIME, STATEMENT_CACHE_SIZE, MAX_CACHED_STATEMENT_LIFETIME,
            MAX_CACHEABLE_STATEMENT_SIZE);

    private PostgresKeys() {
    }
}
