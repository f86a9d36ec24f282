package dev.tortoise.spi.jdbc;

import dev.tortoise.spi.CredentialKey;
import dev.tortoise.spi.ErrorClassifier;

import java.util.List;
import java.util.Objects;

/**
 * What sets one server backend apart when {@link ServerSettings} reads the credentials every
 * server backend shares: its engine, the name its messages use, its vendor error codes, its port
 * and password keys (with its defaults), the key that holds the connect timeout, and how the
 * {@code ssl} flag maps onto the driver's TLS modes. Made with {@link #builder}; immutable.
 */
public final class ServerProfile {

    private final String engine;
    private final String product;
    private final ErrorClassifier vendorCodes;
    private final CredentialKey<Integer> port;
    private final CredentialKey<String> password;
    private final CredentialKey<Double> connectTimeout;
    private final List<String> sslModes;
    private final String sslOn;
    private final String sslOff;

    private ServerProfile(Builder b) {
        this.engine = Objects.requireNonNull(b.engine, "engine");
        this.product = Objects.requireNonNull(b.product, "product");
        this.vendorCodes = b.vendorCodes;
        this.port = Objects.requireNonNull(b.port, "port");
        this.password = b.password;
        this.connectTimeout = Objects.requireNonNull(b.connectTimeout, "connectTimeout");
        this.sslModes = List.copyOf(b.sslModes);
        this.sslOn = b.sslOn;
        this.sslOff = b.sslOff;
    }

    /**
     * Starts a profile.
     *
     * @param engine  canonical engine name, such as {@code tortoise.backends.postgres}
     * @param product the server's name in messages, such as {@code PostgreSQL}
     */
    public static Builder builder(String engine, String product) {
        return new Builder(engine, product);
    }

    /** The canonical engine name. */
    public String engine() {
        return engine;
    }

    /** The server's name in messages. */
    public String product() {
        return product;
    }

    /** The driver's error codes. */
    public ErrorClassifier vendorCodes() {
        return vendorCodes;
    }

    /** The credential of the server's port, with the backend's default. */
    public CredentialKey<Integer> port() {
        return port;
    }

    /** The credential of the password, with the backend's default. */
    public CredentialKey<String> password() {
        return password;
    }

    /** The credential holding the seconds to wait while a connection opens. */
    public CredentialKey<Double> connectTimeout() {
        return connectTimeout;
    }

    /** The driver's TLS mode names, accepted as {@code ssl} values as they are. */
    public List<String> sslModes() {
        return sslModes;
    }

    /** The mode {@code ssl=true} selects. */
    public String sslOn() {
        return sslOn;
    }

    /** The mode {@code ssl=false} selects. */
    public String sslOff() {
        return sslOff;
    }

    @Override
    public String toString() {
        return "ServerProfile[" + engine + ", " + product + "]";
    }

    /** Builds a {@link ServerProfile}; {@code port} and {@code connectTimeout} are required. */
    public static final class Builder {
        private final String engine;
        private final String product;
        private ErrorClassifier vendorCodes = ErrorClassifier.NONE;
        private CredentialKey<Integer> port;
        private CredentialKey<String> password = ServerKeys.password(null);
        private CredentialKey<Double> connectTimeout;
        private List<String> sslModes = List.of();
        private String sslOn;
        private String sslOff;

        private Builder(String engine, String product) {
            this.engine = engine;
            this.product = product;
        }

        /** The driver's error codes; default {@link ErrorClassifier#NONE}. */
        public Builder vendorCodes(ErrorClassifier codes) {
            this.vendorCodes = Objects.requireNonNull(codes, "codes");
            return this;
        }

        /** The port credential, such as {@code ServerKeys.port(5432)}. */
        public Builder port(CredentialKey<Integer> key) {
            this.port = key;
            return this;
        }

        /** The password credential; default {@code ServerKeys.password(null)} (none when not given). */
        public Builder password(CredentialKey<String> key) {
            this.password = Objects.requireNonNull(key, "key");
            return this;
        }

        /** The connect-timeout credential, such as {@code ServerKeys.connectTimeout("timeout", 10.0)}. */
        public Builder connectTimeout(CredentialKey<Double> key) {
            this.connectTimeout = key;
            return this;
        }

        /**
         * The driver's TLS modes: the names accepted as {@code ssl} values, and those
         * {@code ssl=true} and {@code ssl=false} select.
         */
        public Builder sslModes(List<String> modes, String on, String off) {
            this.sslModes = modes;
            this.sslOn = on;
            this.sslOff = off;
            return this;
        }

        /**
         * The profile.
         *
         * @throws NullPointerException when the port or connect-timeout credential is missing
         */
        public ServerProfile build() {
            return new ServerProfile(this);
        }
    }
}
