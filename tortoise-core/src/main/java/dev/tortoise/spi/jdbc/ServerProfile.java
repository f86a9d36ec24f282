package dev.tortoise.spi.jdbc;

import dev.tortoise.spi.CredentialKey;
import dev.tortoise.spi.ErrorClassifier;

import java.util.List;
import java.util.Objects;

/**
 * What sets one server backend apart when {@link ServerSettings} reads the credentials every
 * server backend shares: its engine, the name its messages use, its vendor error codes, the key
 * that holds the connect timeout, and how the {@code ssl} flag maps onto the driver's TLS modes.
 *
 * @param engine         canonical engine name, such as {@code tortoise.backends.postgres}
 * @param product        the server's name in messages, such as {@code PostgreSQL}
 * @param vendorCodes    the driver's error codes
 * @param port           the credential of the server's port, with the backend's default ({@link ServerKeys#port})
 * @param password       the credential of the password, with the backend's default ({@link ServerKeys#password})
 * @param connectTimeout the credential holding the seconds to wait while a connection opens
 * @param sslModes       the driver's TLS mode names, accepted as {@code ssl} values as they are
 * @param sslOn          the mode {@code ssl=true} selects
 * @param sslOff         the mode {@code ssl=false} selects
 */
public record ServerProfile(String engine, String product, ErrorClassifier vendorCodes, CredentialKey<Integer> port,
                            CredentialKey<String> password,
                            CredentialKey<Double> connectTimeout,
                            List<String> sslModes, String sslOn, String sslOff) {

    public ServerProfile {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(vendorCodes, "vendorCodes");
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        sslModes = List.copyOf(sslModes);
    }
}
