package dev.tortoise.functions;

/** {@code NOW}: the current date and time, an {@code OffsetDateTime} (in the configured time zone, as datetimes are read), comparable with datetime fields. */
public final class Now extends Function {
    private Now(Object... arguments) {
        super("NOW", arguments);
    }

    /** The current instant, as the database tells it where its stored form allows (see the README). */
    public static Now of() {
        return new Now();
    }
}
