/**
 * The SQLite backend of Tortoise for Java (engine {@code tortoise.backends.sqlite}, alias
 * {@code sqlite}): one connection per database, busy waits retried in Java.
 */
module dev.tortoise.backend.sqlite {
    requires dev.tortoise;
    requires org.xerial.sqlitejdbc;

    provides dev.tortoise.spi.BackendProvider with dev.tortoise.backend.sqlite.SqliteBackendProvider;
}
