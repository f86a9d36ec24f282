/**
 * Every exception Tortoise throws: unchecked, under {@link dev.tortoise.exceptions.TortoiseException},
 * with upstream's names and wording plus the name of the key, model, field or file at fault. A
 * driver's {@link java.sql.SQLException} never escapes raw: it is translated (integrity violations to
 * {@link dev.tortoise.exceptions.IntegrityException}, unreachable servers to
 * {@link dev.tortoise.exceptions.DbConnectionException}, the rest to
 * {@link dev.tortoise.exceptions.OperationalException}) and kept as the cause. Passwords never appear
 * in a message.
 *
 * <p>What a caller should handle: {@link dev.tortoise.exceptions.ValidationException} and
 * {@link dev.tortoise.exceptions.FieldException} (bad values and lookups: fix the call);
 * {@link dev.tortoise.exceptions.IntegrityException} (a constraint); an
 * {@link dev.tortoise.exceptions.OperationalException} whose
 * {@link dev.tortoise.exceptions.OperationalException#isRetryable() isRetryable()} is true
 * ({@link dev.tortoise.exceptions.DeadlockException}, {@link dev.tortoise.exceptions.SerializationException}:
 * run the transaction again); {@link dev.tortoise.exceptions.DbConnectionException} (the server
 * cannot be reached, or the connection was lost: nothing was committed, retry later); and
 * {@link dev.tortoise.exceptions.TransactionOutcomeUnknownException} (the connection died during
 * commit: look before retrying).
 *
 * <p>A backend translates its driver's errors through the kit's
 * {@link dev.tortoise.spi.jdbc.SqlErrorTranslator}, steered by its
 * {@link dev.tortoise.spi.ErrorClassifier}; it throws only these exceptions from its
 * {@link dev.tortoise.spi.DbClient}.
 */
package dev.tortoise.exceptions;
