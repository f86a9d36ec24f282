package dev.tortoise.fields;

/** Holds the sentinel for "no DDL default" used by every field annotation's {@code dbDefault}. */
public final class DbDefault {
    /** The value of {@code dbDefault()} when none is given (upstream describes it the same way). */
    public static final String NOT_SET = "__NOT_SET__";

    private DbDefault() {
    }
}
