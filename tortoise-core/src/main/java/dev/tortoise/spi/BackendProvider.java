package dev.tortoise.spi;

import java.util.Map;
import java.util.Set;

/**
 * A database backend, found with {@link java.util.ServiceLoader} by its engine name.
 *
 * <p>A backend module declares {@code provides dev.tortoise.spi.BackendProvider with ...} in its
 * {@code module-info} and lists the same class in {@code META-INF/services}, so it is found on the
 * module path and on the class path. Implementations are stateless and cheap to construct: the
 * registry instantiates each provider once per JVM.
 */
public interface BackendProvider {

    /** The canonical engine name, for example {@code tortoise.backends.sqlite}. */
    String engine();

    /** Other engine names this backend answers to, for example {@code sqlite}. */
    Set<String> aliases();

    /** The dialect of the clients it creates: {@code "sqlite"}, {@code "postgres"} or {@code "mysql"}. */
    String dialect();

    /**
     * Creates the client of one connection alias. Opens no connection.
     *
     * @param connectionName the alias from the configuration
     * @param credentials    the expanded, typed credentials of that alias
     * @throws dev.tortoise.exceptions.ConfigurationException when a credential is missing or invalid
     */
    DbClient createClient(String connectionName, Map<String, Object> credentials);
}
