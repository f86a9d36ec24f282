/**
 * The {@code tortoise} command ({@link dev.tortoise.cli.TortoiseCli}): upstream Tortoise's migration
 * commands and schema tools for an application whose models, migrations and backends are on the
 * class path.
 */
package dev.tortoise.cli;
