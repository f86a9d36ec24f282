package dev.tortoise.life.models;

import dev.tortoise.exceptions.ValidationException;
import dev.tortoise.validators.Validator;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/** A user's validator; counts its instances to prove that one is made per field at init, not per value. */
public final class NoShouting implements Validator<String> {
    public static final AtomicInteger MADE = new AtomicInteger();

    public NoShouting() {
        MADE.incrementAndGet();
    }

    @Override
    public void validate(String value) {
        if (value.length() > 1 && value.equals(value.toUpperCase(Locale.ROOT))) {
            throw new ValidationException("must not shout");
        }
    }
}
