package dev.tortoise.internal.validation;

import dev.tortoise.exceptions.ValidationException;
import dev.tortoise.spi.MessageText;
import dev.tortoise.validators.Validator;

/**
 * One validator of one field, made and checked against the field at init. A built-in rule's
 * message already names the value and the rule ({@code Length of 'ab' 2 < 3}); a user's validator
 * gets them added: {@code must not shout (NoShouting rejected "HELLO")}. The value of a field whose
 * name looks secret ({@code password}, {@code token} ...) shows as {@code ***}. Immutable.
 */
public final class FieldRule {
    private final String name;
    private final Validator<Object> validator;
    private final boolean builtIn;
    private final boolean secret;

    FieldRule(String name, Validator<Object> validator, boolean builtIn, boolean secret) {
        this.name = name;
        this.validator = validator;
        this.builtIn = builtIn;
        this.secret = secret;
    }

    /** {@code @MinLength(3)}, or the simple name of a user's validator class. */
    public String name() {
        return name;
    }

    /**
     * Runs the rule on a non-null value.
     *
     * @param where {@code Event.name}, the start of the message
     * @throws ValidationException naming where, the value and the rule; the validator's exception is the cause
     */
    public void check(String where, Object value) {
        try {
            validator.validate(value);
        } catch (ValidationException e) {
            String message = builtIn ? e.getMessage()
                    : e.getMessage() + " (" + name + " rejected " + render(value, secret) + ")";
            throw new ValidationException(where + ": " + message, e);
        }
    }

    /** A value as messages show it: quoted text, a plain number, {@code ***} when secret. */
    static String render(Object value, boolean secret) {
        if (secret) {
            return "***";
        }
        if (value instanceof CharSequence text) {
            return "'" + MessageText.cut(text.toString()) + "'";
        }
        return MessageText.cut(String.valueOf(value));
    }

    @Override
    public String toString() {
        return name;
    }
}
