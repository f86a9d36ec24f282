package dev.tortoise.migrations;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One migration: a class in an app's migrations package whose simple name is {@code M} followed by
 * the migration's name ({@code M0002_add_posts} is {@code 0002_add_posts}), with a public no-argument
 * constructor. {@code makemigrations} writes them; a data migration is written by hand
 * ({@link Operations#runJava}).
 *
 * <pre>{@code
 * public final class M0002_add_posts extends Migration {
 *     @Override
 *     public List<Operation> operations() {
 *         return List.of(Operations.addField("blog.Post", FieldDef.of("summary", FieldKind.TEXT).nullable()));
 *     }
 * }
 * }</pre>
 */
public abstract class Migration {

    /** The marker list of the default {@link #dependencies()}: the previous migration of the app. */
    static final List<String> PREVIOUS_OF_APP = Collections.unmodifiableList(new ArrayList<>()); // compared by identity

    /** For subclasses. */
    protected Migration() {
    }

    /**
     * The migrations that must run before this one, as {@code "app.name"}
     * ({@code "blog.0001_initial"}). Default: the migration before this one in its app's numbering,
     * or none for the first.
     */
    public List<String> dependencies() {
        return PREVIOUS_OF_APP;
    }

    /** Whether {@link #dependencies()} is the default: the previous migration of the app. */
    public final boolean hasDefaultDependencies() {
        return dependencies() == PREVIOUS_OF_APP;
    }

    /** The changes, in order. Called more than once: return the same operations every time. */
    public abstract List<Operation> operations();

    /**
     * Whether the migration runs in one transaction where the database makes DDL transactional
     * (SQLite, PostgreSQL). Default true. False lets a long data migration commit as it goes: its
     * statements run outside a transaction and only the record of it is written under the
     * migration lock, so a failure halfway keeps what ran, and two runners started at the same
     * moment may both run its steps.
     */
    public boolean atomic() {
        return true;
    }
}
