package dev.tortoise.internal.types;

import dev.tortoise.exceptions.ValidationException;
import dev.tortoise.spi.FieldInfo;
import dev.tortoise.spi.MessageText;

/** The wording of conversion and validation errors: always the model and field, and the value, shortened. */
public final class ValueErrors {
    private ValueErrors() {
    }

    /** {@code Event.prize}. */
    public static String where(FieldInfo field) {
        return field.modelName() + "." + field.name();
    }

    /** A value that cannot be used for the field, with what would have been accepted. */
    public static ValidationException cannotConvert(FieldInfo field, Object value, String expected) {
        return new ValidationException(where(field) + ": cannot use " + describe(value) + " as a value of "
                + field.kind() + " field; expected " + expected);
    }

    /** The same, keeping the parser's complaint as the cause. */
    public static ValidationException cannotConvert(FieldInfo field, Object value, String expected, Exception cause) {
        ValidationException e = cannotConvert(field, value, expected);
        e.initCause(cause);
        return e;
    }

    /**
     * A related instance without a primary key, where its key is needed.
     *
     * @param where what refers to it: {@code Gadget.maker}
     */
    public static ValidationException unsaved(String where, Object related) {
        return new ValidationException(where + ": You should first call .save() on "
                + related.getClass().getSimpleName() + " before referring to it");
    }

    /** The type and a short rendering of a value ({@link MessageText#describe}): {@code String "abc"}. */
    public static String describe(Object value) {
        return MessageText.describe(value);
    }

    /** Text cut to a readable length ({@link MessageText#cut}); whole values can be megabytes. */
    public static String shorten(String text) {
        return MessageText.cut(text);
    }
}
