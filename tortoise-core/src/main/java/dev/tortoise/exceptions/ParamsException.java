package dev.tortoise.exceptions;

/**
 * A call received parameters that cannot work together (upstream {@code ParamsError}).
 */
public class ParamsException extends TortoiseException {
    private static final long serialVersionUID = 1L;

    public ParamsException(String message) {
        super(message);
    }

    public ParamsException(String message, Throwable cause) {
        super(message, cause);
    }
}
