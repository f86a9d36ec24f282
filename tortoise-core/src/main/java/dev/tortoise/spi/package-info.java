/**
 * The backend contract: what a database module implements so that Tortoise can use its database.
 *
 * <h2>What a backend provides</h2>
 * <ul>
 *   <li>A {@link dev.tortoise.spi.BackendProvider}, registered twice (in {@code module-info} with
 *       {@code provides dev.tortoise.spi.BackendProvider with …} and in
 *       {@code META-INF/services/dev.tortoise.spi.BackendProvider}): its engine name and aliases, its
 *       {@link dev.tortoise.spi.CredentialKey}s, database creation and removal.</li>
 *   <li>One immutable {@link dev.tortoise.spi.Platform} per connection: its
 *       {@link dev.tortoise.spi.ColumnTypes} (a table of SQL types per {@link dev.tortoise.spi.FieldKind},
 *       standard entries overridden one by one), its {@link dev.tortoise.spi.SqlDialect} (quoting,
 *       LIMIT/OFFSET, row locks, RETURNING, pattern matching, regular expressions, date parts, time
 *       zones), its {@link dev.tortoise.spi.SchemaDialect} (DDL), its {@link dev.tortoise.spi.ValueCodec}
 *       (values between Java and the driver), its {@link dev.tortoise.spi.ErrorClassifier} and its
 *       {@link dev.tortoise.spi.ServerFeatures}. Each facet has defaults for standard SQL; a backend
 *       overrides what differs.</li>
 *   <li>A {@link dev.tortoise.spi.DbClient} per connection: statements with bound values, scripts,
 *       streams, and transactions bound to the calling thread with savepoints when nested.</li>
 * </ul>
 *
 * <h2>What a backend gets</h2>
 * Everything else: model discovery, the relation resolver, the query and schema compilers, the
 * runtime, routing, describe, and for a JDBC driver the kit in {@link dev.tortoise.spi.jdbc}
 * (pooling behind a fair semaphore, statements, transactions, streaming, error translation), so
 * that a backend is a handful of small classes. Core never asks which database it talks to: it asks
 * the platform for text and facts.
 *
 * <p>Contracts for implementations are on each type. In short: nothing blocks except a client's
 * statements (and a platform's lazily probed server features); nothing holds a monitor while it
 * waits; every value a user supplied is bound, every identifier quoted.
 */
package dev.tortoise.spi;
