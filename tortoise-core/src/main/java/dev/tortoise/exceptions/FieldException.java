package dev.tortoise.exceptions;

/**
 * An unknown field or lookup, or a field used where it cannot be (upstream {@code FieldError}).
 */
public class FieldException extends TortoiseException {
    private static final long serialVersionUID = 1L;

    public FieldException(String message) {
        super(message);
    }

    public FieldException(String message, Throwable cause) {
        super(message, cause);
    }
}
