package dev.tortoise.internal.meta;

import dev.tortoise.Model;
import dev.tortoise.exceptions.ConfigurationException;
import java.util.List;

/**
 * What the relation holders ({@link dev.tortoise.fields.ReverseRelation},
 * {@link dev.tortoise.fields.ManyToManyRelation}, {@link dev.tortoise.fields.ForeignKeyRelation})
 * delegate to. The query layer installs one
 * implementation at start-up; until then every holder call fails with a clear
 * {@link ConfigurationException}. Implementations block on the database.
 */
public interface RelationAccess {

    /** The related instances of {@code owner} through the relation named {@code relation}. */
    List<Model> list(Model owner, String relation);

    /** A lazy query set of the related instances (a {@code QuerySet} of the related model). */
    default dev.tortoise.QuerySet<? extends Model> all(Model owner, String relation) {
        throw new ConfigurationException("Relation query sets are not available from " + getClass().getName());
    }

    /** How many instances are related. */
    long count(Model owner, String relation);

    /** Links instances through a many-to-many relation; already linked ones are skipped. */
    void add(Model owner, String relation, Model[] others);

    /** Unlinks instances from a many-to-many relation. */
    void remove(Model owner, String relation, Model[] others);

    /** Unlinks every instance from a many-to-many relation. */
    void clear(Model owner, String relation);

    /**
     * Loads the instance a key-only reference stands for, through the forward relation named
     * {@code relation} of {@code owner} (what {@code ForeignKeyRelation.get()} does on first use).
     *
     * @throws dev.tortoise.exceptions.DoesNotExistException naming the relation and the key when
     *         no row has it
     */
    Model load(Model owner, String relation, Model reference);

    /** The key a forward relation of {@code owner} holds, read without a query; null when empty. */
    Object key(Model owner, String relation);

    /** Installs the implementation; a later call replaces it. */
    static void install(RelationAccess access) {
        RelationAccessHolder.access = access;
    }

    /**
     * The installed implementation.
     *
     * @throws ConfigurationException when none is installed
     */
    static RelationAccess current() {
        RelationAccess access = RelationAccessHolder.access;
        if (access == null) {
            throw new ConfigurationException("Relation queries are not available: no query layer is installed"
                    + " (init Tortoise with this model's module before using its relations)");
        }
        return access;
    }
}

/** Keeps the installed {@link RelationAccess}; volatile so any thread sees the installed one. */
final class RelationAccessHolder {
    static volatile RelationAccess access;

    private RelationAccessHolder() {
    }
}
