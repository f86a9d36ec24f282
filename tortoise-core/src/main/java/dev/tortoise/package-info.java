/**
 * Tortoise for Java: what an application calls. Start with {@link dev.tortoise.Tortoise#init}
 * (a database URL and model modules, a {@link dev.tortoise.TortoiseConfig}, or a config file), generate
 * the schema, then query through {@link dev.tortoise.Manager} and {@link dev.tortoise.QuerySet}, with
 * {@link dev.tortoise.Q} conditions and {@link dev.tortoise.F} expressions; models extend
 * {@link dev.tortoise.Model}. Every call blocks the calling thread and is meant to run on virtual
 * threads; nothing here holds a monitor while it waits.
 *
 * <p>Which database a connection uses is decided by its engine, answered by a backend module
 * found with {@link java.util.ServiceLoader} ({@code dev.tortoise.spi.BackendProvider}): the
 * application only adds the backend's artifact. Writing a backend is described in
 * {@link dev.tortoise.spi}.
 */
package dev.tortoise;
