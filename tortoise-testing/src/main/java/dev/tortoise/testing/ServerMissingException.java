package dev.tortoise.testing;

/**
 * A test needs a database server that is not running, and {@code CI=true} says that must fail
 * the build rather than skip the test.
 */
public final class ServerMissingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ServerMissingException(String message) {
        super(message);
    }
}
