/**
 * The PostgreSQL backend of Tortoise for Java (engine {@code tortoise.backends.postgres}, aliases
 * {@code postgres}, {@code postgresql}, {@code asyncpg}, {@code psycopg} and upstream's module
 * names): pgjdbc behind a lazily started HikariCP pool.
 */
module dev.tortoise.backend.postgres {
    requires dev.tortoise;
    requires org.postgresql.jdbc;
    requires com.zaxxer.hikari;

    provides dev.tortoise.spi.BackendProvider with dev.tortoise.backend.postgres.PostgresBackendProvider;
}
