package dev.tortoise.spi;

/**
 * Converts field values between Java and one database's JDBC driver. One codec serves every
 * field of every model on a connection; it is immutable, thread-safe, and never blocks.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@code null} converts to {@code null} both ways.</li>
 *   <li>{@link #fromDb}{@code (f, }{@link #toDb}{@code (f, v))} equals {@code v} for every value
 *       {@code v} of the field's Java type, up to what the column can store: decimals come back
 *       with {@link FieldInfo#decimalPlaces()} digits after the point, datetimes and times with
 *       microsecond precision.</li>
 *   <li>{@link #toDb} also accepts the obvious stand-ins a lookup may carry (a {@code Number} or
 *       numeric {@code String} for a number, an ISO {@code String} for a date or time, a
 *       {@code String} for a UUID, an enum's value or name for an enum) and converts them the
 *       same way, so a filter compares like with like.</li>
 *   <li>Datetimes: a {@code LocalDateTime} is a wall time in the configured time zone; stored
 *       values denote instants; values read back are in the configured time zone
 *       ({@code OffsetDateTime} at that zone's offset for the instant, {@code LocalDateTime} as the
 *       wall time there). With {@code useTz} the database holds UTC, without it the configured
 *       zone's wall time (upstream's naive mode), except where the column itself keeps instants
 *       (PostgreSQL {@code TIMESTAMPTZ}).</li>
 *   <li>A value that cannot be converted for its field fails with
 *       {@link dev.tortoise.exceptions.ValidationException} naming the model, the field and the value.</li>
 * </ul>
 */
public interface ValueCodec {

    /**
     * The parameter to bind for a Java value of this field (null stays null).
     *
     * @throws dev.tortoise.exceptions.ValidationException when the value does not fit the field
     */
    Object toDb(FieldInfo field, Object javaValue);

    /**
     * The Java value of this field from what {@code ResultSet.getObject} or
     * {@link DbClient#executeQueryDict} returned (null stays null).
     *
     * @throws dev.tortoise.exceptions.ValidationException when the stored value does not fit the field
     *         (an enum value that no constant has, text that is not a date ...)
     */
    Object fromDb(FieldInfo field, Object dbValue);

    /**
     * The SQL expression to compare, order and aggregate a column by, given its quoted (and
     * possibly table-qualified) name. Usually the column itself; SQLite stores decimals as text and
     * answers {@code CAST(col AS NUMERIC)} so that decimals compare as numbers. Use it in WHERE,
     * ORDER BY and aggregates, never in SELECT lists or SET clauses.
     */
    default String comparableColumn(FieldInfo field, String quotedColumn) {
        return quotedColumn;
    }
}
