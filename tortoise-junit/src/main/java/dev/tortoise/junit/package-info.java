/**
 * JUnit 5 support for applications that use Tortoise: what a user of the project puts on a test
 * class.
 *
 * <ul>
 *   <li>{@link dev.tortoise.junit.TortoiseTest @TortoiseTest}: a fresh database per test class or
 *       per test (upstream's {@code initializer}/{@code finalizer} and {@code TestCase}): Tortoise is
 *       initialised on it, its schemas generated, and afterwards it is closed and the database
 *       dropped; between tests a transaction rolled back ({@link dev.tortoise.junit.Cleanup#ROLLBACK})
 *       or every row deleted ({@link dev.tortoise.junit.Cleanup#TRUNCATE}); {@code Tortoise} and
 *       {@code SqlCapture} are injected as test and lifecycle method parameters.</li>
 *   <li>{@link dev.tortoise.junit.SqlCapture}: the statements a block ran, for query-count
 *       assertions (an N+1 regression then fails).</li>
 * </ul>
 *
 * <h2>What users get, and what stays the project's</h2>
 *
 * This module ({@code dev.tortoise:tortoise-junit}) is published for applications and depends on
 * {@code tortoise-core} and {@code junit-jupiter-api} only. The project's own fixtures live in
 * {@code tortoise-testing} ({@code dev.tortoise.testing}), which is not meant for applications and
 * makes no promise to them: test servers and their skip-or-fail rules ({@code @RequiresPostgres},
 * {@code TestServer}), suites run once per backend ({@code @AcrossBackends}), contracts every
 * backend must pass, leak and pinning checks, run-time compilation. {@code tortoise-junit}'s own
 * tests use those fixtures (test scope), so {@code tortoise-testing} does not depend on this
 * module; the project's suites take {@code SqlCapture} from here, as applications do.
 */
package dev.tortoise.junit;
