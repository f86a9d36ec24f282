/**
 * The {@code tortoise} command as Maven goals ({@code mvn tortoise:migrate}), run on the project's
 * compiled classes and run-time dependencies: its models, migrations, backends and configuration.
 */
package dev.tortoise.maven;
