package dev.tortoise.migrations;

import java.time.Instant;

/**
 * A row of {@code tortoise_migrations}: a migration that ran on the app's connection.
 *
 * @param app       the app label
 * @param name      the migration's bare name ({@code 0002_add_posts})
 * @param appliedAt when it was applied
 */
public record AppliedMigration(String app, String name, Instant appliedAt) {
}
