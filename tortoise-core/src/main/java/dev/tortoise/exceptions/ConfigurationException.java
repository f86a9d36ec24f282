package dev.tortoise.exceptions;

/**
 * Wrong configuration, URL, model definition or use of a closed instance (upstream {@code ConfigurationError}).
 */
public class ConfigurationException extends TortoiseException {
    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
