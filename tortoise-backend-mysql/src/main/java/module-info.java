/**
 * The MySQL/MariaDB backend of Tortoise for Java (engine {@code tortoise.backends.mysql}, aliases
 * {@code mysql}, {@code mariadb}): MariaDB Connector/J behind a lazily started HikariCP pool.
 */
module dev.tortoise.backend.mysql {
    requires dev.tortoise;
    requires org.mariadb.jdbc;
    requires com.zaxxer.hikari;

    provides dev.tortoise.spi.BackendProvider with dev.tortoise.backend.mysql.MysqlBackendProvider;
}
