package dev.tortoise.migrations;

import java.nio.file.Path;
import java.util.List;

/**
 * Writes and applies the migrations of the apps that have a migrations package
 * ({@link dev.tortoise.AppConfig#migrations()}); from {@link dev.tortoise.Tortoise#migrations()}.
 *
 * <p>Names returned are {@code "app.name"} ({@code "blog.0002_add_posts"}). Each migration runs in
 * its own transaction where the database makes DDL transactional (SQLite, PostgreSQL); MySQL and
 * MariaDB commit at every DDL statement, so a migration that fails there halfway leaves its earlier
 * statements applied and is not recorded. A run holds a database lock (PostgreSQL advisory lock,
 * MySQL {@code GET_LOCK}, SQLite's write lock), so two processes migrating at once apply each
 * migration once.
 *
 * @see Migration
 * @see Operations
 */
public interface Migrator {

    /**
     * Writes the next migration of each app whose models differ from its migrations' state, as Java
     * source under {@code sourceRoot} (the app's package as folders). No apps named: every app with
     * a migrations package.
     *
     * @return the files written; empty when nothing changed
     */
    List<Path> makeMigrations(Path sourceRoot, String... apps);

    /** As {@link #makeMigrations(Path, String...)}, treating the given disappearances as renames. */
    List<Path> makeMigrations(Path sourceRoot, List<Rename> renames, String... apps);

    /**
     * As {@link #makeMigrations(Path, List, String...)}, naming each new migration {@code NNNN_name}
     * ({@code name} null: a name from its operations, or {@code initial} for the first).
     */
    List<Path> makeMigrations(Path sourceRoot, String name, List<Rename> renames, String... apps);

    /** Writes an empty migration named {@code NNNN_name} for hand-written operations. */
    Path makeEmptyMigration(Path sourceRoot, String app, String name);

    /** Applies every unapplied migration of every app, in dependency order. */
    List<String> migrate();

    /** Moves {@code app} forward or backward to {@code target} (null: its latest migration). */
    List<String> migrate(String app, String target);

    /** Unapplies {@code app}'s migrations after {@code target}; null unapplies all of the app's. */
    List<String> downgrade(String app, String target);

    /** Applies every unapplied migration; never moves back. */
    List<String> upgrade();

    /** The applied migrations of {@code app} (null: of every app), oldest first. */
    List<AppliedMigration> history(String app);

    /** The latest migration of each app, applied or not. */
    List<String> heads();

    /** What {@link #migrate()} would apply, in order. */
    List<String> plan();

    /** The SQL of one migration in one direction on its app's connection, without running it. */
    String sqlMigrate(String app, String name, boolean backwards);
}
