/**
 * The kit for backends over a JDBC driver, exported to every module: a backend extends
 * {@link dev.tortoise.spi.jdbc.JdbcClient} with what its driver does differently (binding and
 * reading values, how an INSERT reports its key, retries, how scripts split) and takes the rest.
 *
 * <ul>
 *   <li>{@link dev.tortoise.spi.jdbc.JdbcClient}: statements with bound values, rows as ordered maps,
 *       scripts, lazy row streams, transactions owned by the calling thread with savepoints, SQL
 *       logging on {@code dev.tortoise.db_client}.</li>
 *   <li>{@link dev.tortoise.spi.jdbc.ConnectionSource}: where connections come from;
 *       {@link dev.tortoise.spi.jdbc.PooledConnectionSource} is a HikariCP pool behind a fair
 *       {@link java.util.concurrent.Semaphore}, so that thousands of virtual threads wait their turn
 *       without pinning a carrier.</li>
 *   <li>{@link dev.tortoise.spi.jdbc.SqlErrorTranslator}: driver errors into Tortoise's exceptions,
 *       steered by the backend's {@link dev.tortoise.spi.ErrorClassifier}, with passwords scrubbed.</li>
 *   <li>{@link dev.tortoise.spi.jdbc.ServerBackendProvider}, {@link dev.tortoise.spi.jdbc.ServerSettings},
 *       {@link dev.tortoise.spi.jdbc.ServerProfile} and {@link dev.tortoise.spi.jdbc.ServerKeys}: what
 *       every server backend shares (address, login, pool sizes, TLS, CREATE/DROP DATABASE).</li>
 *   <li>{@link dev.tortoise.spi.jdbc.BaseValueCodec}: the value conversions every backend shares,
 *       with hooks for what a driver or column type does differently.</li>
 *   <li>{@link dev.tortoise.spi.jdbc.SqlScript}, {@link dev.tortoise.spi.jdbc.DriverWarmUp},
 *       {@link dev.tortoise.spi.jdbc.SqlListeners}: script splitting, loading driver classes off the
 *       critical path, and statement listeners.</li>
 * </ul>
 */
package dev.tortoise.spi.jdbc;
