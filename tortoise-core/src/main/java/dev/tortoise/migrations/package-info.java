/**
 * Schema migrations, as upstream Tortoise 1.x has them: one Java class per migration in an app's
 * migrations package ({@link dev.tortoise.AppConfig#migrations()}), each a list of
 * {@link dev.tortoise.migrations.Operation}s built with {@link dev.tortoise.migrations.Operations};
 * {@link dev.tortoise.migrations.Migrator} (from {@link dev.tortoise.Tortoise#migrations()}) writes
 * them from the models and applies or reverses them.
 */
package dev.tortoise.migrations;
