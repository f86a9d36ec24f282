package dev.tortoise.migrations;

import java.util.Objects;

/**
 * A rename the user confirms to {@link Migrator#makeMigrations(java.nio.file.Path, java.util.List, String...)}:
 * without one, a field or model that disappeared while a similar one appeared becomes a removal and an
 * addition, which loses the column's data.
 *
 * @param model the model ({@code "app.Model"}); for a model rename, its old name
 * @param from  the old field name, or null for a model rename
 * @param to    the new field name, or for a model rename the new model name ({@code "app.Model"})
 */
public record Rename(String model, String from, String to) {

    public Rename {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(to, "to");
    }

    /** The field {@code from} of {@code model} ({@code "blog.Post"}) is now called {@code to}. */
    public static Rename field(String model, String from, String to) {
        return new Rename(model, Objects.requireNonNull(from, "from"), to);
    }

    /** The model {@code from} ({@code "blog.Post"}) is now {@code to} ({@code "blog.Article"}). */
    public static Rename model(String from, String to) {
        return new Rename(from, null, to);
    }

    /** Whether this renames a model rather than a field. */
    public boolean isModel() {
        return from == null;
    }
}
