package dev.tortoise.backend.mysql;

import dev.tortoise.spi.CredentialKey;
import dev.tortoise.spi.jdbc.ServerKeys;
import java.util.List;

/**
 * The credentials only MySQL/MariaDB has, each with its type, default and meaning; the shared server
 * keys ({@code host}, {@code port}, {@code user} …) are {@link ServerKeys}.
 */
final class MysqlKeys {

    /** Port 3306. */
    static final CredentialKey<Integer> PORT = ServerKeys.port(3306);
    /** The password; empty when not given, as upstream. */
    static final CredentialKey<String> PASSWORD = ServerKeys.password("");
    /** Seconds to wait while a connection opens; default 30 (MariaDB Connector/J's), 0 waits without limit. */
    static final CredentialKey<Double> CONNECT_TIMEOUT = ServerKeys.connectTimeout("connect_timeout", 30.0);
    /** Connection character set; default {@code utf8mb4}, also written in {@code CREATE TABLE}. */
    static final CredentialKey<String> CHARSET =
            CredentialKey.text("charset", "connection character set, also used in CREATE TABLE").withDefault("utf8mb4");
    /** Session {@code sql_mode}; default {@code STRICT_TRANS_TABLES}. */
    static final CredentialKey<String> SQL_MODE =
            CredentialKey.text("sql_mode", "session sql_mode").withDefault("STRICT_TRANS_TABLES");
    /**
     * The session's {@code default_storage_engine}, which tables created without an {@code ENGINE}
     * clause get (as upstream sets it); absent means the server's default.
     */
    static final CredentialKey<String> STORAGE_ENGINE =
            CredentialKey.text("storage_engine", "storage engine of new tables (session default_storage_engine)");
    /**
     * Seconds after which a pooled connection is replaced; default 1800 (HikariCP's), at least 30;
     * a negative value (upstream's -1) never replaces them.
     */
    static final CredentialKey<Integer> POOL_RECYCLE = CredentialKey.integer("pool_recycle",
            "seconds after which a pooled connection is replaced; negative: never").withDefault(1800);
    /** aiomysql's switch to log every statement; no effect: statements are logged on {@code dev.tortoise.db_client}. */
    static final CredentialKey<Boolean> ECHO = CredentialKey.flag("echo",
            "aiomysql: log every statement; no effect, see logger dev.tortoise.db_client").withDefault(false);
    /** aiomysql's switch to decode text as Unicode; no effect: text is always Unicode. */
    static final CredentialKey<Boolean> USE_UNICODE = CredentialKey.flag("use_unicode",
            "aiomysql: decode text as Unicode; no effect, text is always Unicode").withDefault(true);

    /** This backend's own keys, in documentation order. */
    static final List<CredentialKey<?>> OWN = List.of(CHARSET, SQL_MODE, STORAGE_ENGINE, POOL_RECYCLE, ECHO, USE_UNICODE);

    private MysqlKeys() {
    }
}
