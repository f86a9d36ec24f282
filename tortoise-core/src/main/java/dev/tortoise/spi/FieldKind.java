package dev.tortoise.spi;

/**
 * The kind of a column as a backend sees it: one constant per data-field annotation, named like
 * the annotation without its {@code Field} suffix ({@code DECIMAL} for {@code @DecimalField}).
 * The key column of a foreign key has the kind of the field it points to.
 */
public enum FieldKind {
    /** {@code @IntField}: {@code Integer}. */
    INT,
    /** {@code @BigIntField}: {@code Long}. */
    BIGINT,
    /** {@code @SmallIntField}: {@code Short}. */
    SMALLINT,
    /** {@code @CharField}: {@code String} of at most {@code maxLength} characters. */
    CHAR,
    /** {@code @TextField}: {@code String}. */
    TEXT,
    /** {@code @BooleanField}: {@code Boolean}. */
    BOOLEAN,
    /** {@code @DecimalField}: {@code BigDecimal} with {@code decimalPlaces} digits after the point. */
    DECIMAL,
    /** {@code @DatetimeField}: {@code OffsetDateTime}, {@code Instant} or {@code LocalDateTime}. */
    DATETIME,
    /** {@code @DateField}: {@code LocalDate}. */
    DATE,
    /** {@code @TimeField}: {@code LocalTime}. */
    TIME,
    /** {@code @TimeDeltaField}: {@code Duration}, stored as microseconds. */
    TIMEDELTA,
    /** {@code @FloatField}: {@code Double}. */
    FLOAT,
    /** {@code @JSONField}: any value Jackson can map. */
    JSON,
    /** {@code @UUIDField}: {@code UUID}. */
    UUID,
    /** {@code @BinaryField}: {@code byte[]}. */
    BINARY,
    /** {@code @IntEnumField}: an enum implementing {@code IntEnum}, stored by {@code value()}. */
    INT_ENUM,
    /** {@code @CharEnumField}: an enum stored by {@code name()}. */
    CHAR_ENUM
}
