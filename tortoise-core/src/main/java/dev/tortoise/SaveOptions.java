package dev.tortoise;

import dev.tortoise.exceptions.ParamsException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * How {@link Model#save(SaveOptions)} writes an instance (upstream's {@code force_create},
 * {@code force_update} and {@code update_fields}). Immutable; each method returns new options.
 *
 * <pre>{@code
 * event.save(SaveOptions.forceCreate());                         // INSERT, even with a key set
 * event.save(SaveOptions.forceUpdate());                         // UPDATE, even if never loaded
 * event.save(SaveOptions.forceUpdate().updateFields("name"));    // UPDATE of one column
 * }</pre>
 *
 * An update, forced or not, of a row that no longer exists raises
 * {@link dev.tortoise.exceptions.DoesNotExistException} (upstream raises {@code IntegrityError} for
 * {@code force_update} and ignores it otherwise); a forced insert of a key that exists raises
 * {@link dev.tortoise.exceptions.IntegrityException}.
 */
public final class SaveOptions {
    /** How the row is written. */
    enum Mode { AUTO, FORCE_CREATE, FORCE_UPDATE }

    private static final SaveOptions DEFAULTS = new SaveOptions(Mode.AUTO, List.of());

    private final Mode mode;
    private final List<String> updateFields;

    private SaveOptions(Mode mode, List<String> updateFields) {
        this.mode = mode;
        this.updateFields = updateFields;
    }

    /** As {@code save()}: an INSERT when the instance is new, an UPDATE when it was loaded or saved. */
    public static SaveOptions defaults() {
        return DEFAULTS;
    }

    /** Always an INSERT of every field, also of an instance that was loaded or has its key set. */
    public static SaveOptions forceCreate() {
        return new SaveOptions(Mode.FORCE_CREATE, List.of());
    }

    /**
     * Always an UPDATE by primary key, also of an instance made with {@code new} whose key is set.
     * No row with that key is a {@link dev.tortoise.exceptions.DoesNotExistException}.
     */
    public static SaveOptions forceUpdate() {
        return new SaveOptions(Mode.FORCE_UPDATE, List.of());
    }

    /**
     * These options, updating only the named fields (relation names stand for their key columns);
     * naming fields makes the save an UPDATE, as {@link Model#save(String...)} does.
     *
     * @throws ParamsException with {@link #forceCreate()}: an insert writes every field
     */
    public SaveOptions updateFields(String... fields) {
        if (mode == Mode.FORCE_CREATE) {
            throw new ParamsException("forceCreate() inserts every field; updateFields(...) is for updates");
        }
        for (String field : fields) {
            Objects.requireNonNull(field, "field name");
        }
        return new SaveOptions(mode, List.copyOf(Arrays.asList(fields)));
    }

    /** Whether the save is always an INSERT. */
    public boolean isForceCreate() {
        return mode == Mode.FORCE_CREATE;
    }

    /** Whether the save is always an UPDATE. */
    public boolean isForceUpdate() {
        return mode == Mode.FORCE_UPDATE;
    }

    /** The fields to update, in order; empty for every field. */
    public List<String> updateFields() {
        return updateFields;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SaveOptions other && mode == other.mode && updateFields.equals(other.updateFields);
    }

    @Override
    public int hashCode() {
        return mode.hashCode() * 31 + updateFields.hashCode();
    }

    @Override
    public String toString() {
        return "SaveOptions[" + mode + (updateFields.isEmpty() ? "" : ", updateFields=" + updateFields) + "]";
    }
}
