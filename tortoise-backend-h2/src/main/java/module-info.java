/**
 * The H2 backend of Tortoise for Java (engine {@code tortoise.backends.h2}, alias {@code h2}): an
 * embedded H2 2.x database, in memory or in a file, behind a small HikariCP pool.
 *
 * <p>Written against the exported packages of {@code dev.tortoise} alone ({@code dev.tortoise},
 * {@code dev.tortoise.spi}, {@code dev.tortoise.spi.jdbc}, {@code dev.tortoise.exceptions},
 * {@code dev.tortoise.fields}): the proof that a third party can add a database.
 */
module dev.tortoise.backend.h2 {
    requires dev.tortoise;
    requires com.h2database;

    provides dev.tortoise.spi.BackendProvider with dev.tortoise.backend.h2.H2BackendProvider;
}
